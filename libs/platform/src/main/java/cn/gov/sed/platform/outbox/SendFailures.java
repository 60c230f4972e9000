package cn.gov.sed.platform.outbox;

import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which refusals of the broker pass by themselves (the broker down, a leader election, a timeout: wait and send
 * again) and which never will for that row (too large, not serialisable, not authorised for the topic: park it,
 * or it would block everything behind it for ever).
 */
public final class SendFailures {
    private SendFailures() {
    }

    /** True when sending the same row again can never succeed without an operator. */
    public static boolean isPermanentForTheRow(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClusterAuthorizationException) {
                return false; // the whole producer is refused: a configuration matter for every row, not this one
            }
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof SerializationException || t instanceof AuthorizationException
                    || t instanceof InvalidTopicException || t instanceof InvalidRecordException) {
                return true;
            }
        }
        return false;
    }

    /** One line for the log, the readiness data and the parked row. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root
                && !(root instanceof org.apache.kafka.common.KafkaException && root.getMessage() != null)) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
