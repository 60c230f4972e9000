package cn.gov.sed.contracts.events;

/** Contract checks in the event constructors: a payload missing a required field is not a valid event. */
final class Require {
    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("event field '" + field + "' is required");
        }
        return value;
    }
}
