package cn.gov.sed.notification.routing;

import cn.gov.sed.notification.channels.MessageChannel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The city's rule: events of this type and grade go out on these channels besides the inbox. */
@Entity
@Table(name = "channel_rule")
public class ChannelRule extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "grade", nullable = false)
    public String grade;

    @Column(name = "channels", nullable = false)
    public String channels;

    public static ChannelRule of(String eventType, String grade, Set<MessageChannel> channels) {
        ChannelRule rule = new ChannelRule();
        rule.id = UUID.randomUUID();
        rule.eventType = eventType;
        rule.grade = grade;
        rule.channels = channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        return rule;
    }

    public Set<MessageChannel> channelSet() {
        Set<MessageChannel> set = EnumSet.noneOf(MessageChannel.class);
        Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(set::add);
        return set;
    }
}
