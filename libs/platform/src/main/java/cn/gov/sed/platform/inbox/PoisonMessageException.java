package cn.gov.sed.platform.inbox;

/**
 * A message that cannot be read or breaks the contract. The consumer nacks it, SmallRye's dead-letter
 * strategy sends it to {@code <topic>.dlq} with this message as the {@code dead-letter-reason} header, and the
 * consumer carries on with the next one.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
