package cn.gov.sed.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The platform tests' note as an entity, for the paging tests. */
@Entity
@Table(name = "test_note")
public class TestNote extends PanacheEntityBase {
    @Id
    public UUID id;
    public String district;
    public String text;
    public long version;
    public Instant created;
}
