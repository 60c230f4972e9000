package cn.gov.sed.notification.contacts;

import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.notification.routing.RecipientType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where one addressee of notifications is reached beyond its inbox: the e-mail and phone of a district role
 * (district-admin, inspector), the city, a department or a user, and the channels it accepts.
 */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    @Column(name = "recipient", nullable = false)
    public String recipient;

    @Column(name = "district")
    public String district;

    @Column(name = "name")
    public String name;

    @Column(name = "email")
    public String email;

    @Column(name = "phone")
    public String phone;

    /** The channels the addressee accepts, comma-separated. */
    @Column(name = "channels", nullable = false)
    public String channels;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static Contact create(RecipientType type, String recipient, String district, String by, Instant now) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.recipientType = type;
        c.recipient = recipient;
        c.district = district;
        c.channels = "";
        c.updatedBy = by;
        c.updatedAt = now;
        return c;
    }

    /** A new name, e-mail, phone and preferred channels (all of them, as a PUT replaces the entry). */
    public void revise(String name, String email, String phone, Set<MessageChannel> channels, String by, Instant now) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.channels = channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Set<MessageChannel> channelSet() {
        Set<MessageChannel> set = EnumSet.noneOf(MessageChannel.class);
        Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(set::add);
        return set;
    }
}
