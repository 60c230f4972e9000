package cn.gov.sed.platform.inbox;

/**
 * A message that cannot be read or breaks the contract. The channel ({@link EventChannel}) sends it to
 * {@code <topic>.dlq} with this message as the {@code dead-letter-reason} header, and carries on with the next one.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
