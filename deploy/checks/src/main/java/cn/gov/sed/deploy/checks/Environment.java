package cn.gov.sed.deploy.checks;

/** What an overlay promises beyond the rules every overlay keeps. */
public enum Environment {
    /** A developer's cluster: Kafka in plaintext without users, no backups. */
    LOCAL(false, false),
    /** Production: Kafka over TLS with a SCRAM user and ACLs per service, databases backed up to object storage. */
    PROD(true, true);

    final boolean securedKafka;
    final boolean backups;

    Environment(boolean securedKafka, boolean backups) {
        this.securedKafka = securedKafka;
        this.backups = backups;
    }
}
