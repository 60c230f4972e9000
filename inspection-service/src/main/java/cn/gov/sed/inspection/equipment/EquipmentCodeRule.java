package cn.gov.sed.inspection.equipment;

import java.util.regex.Pattern;

/**
 * The equipment-code rule (设备代码): an 18-character code starts with the equipment's catalogue code
 * (letters are digits there too: 4A00, 23T0); older equipment carries a 20-digit registration code (注册代码).
 * Plain Java, tested without Quarkus.
 */
public final class EquipmentCodeRule {
    private static final Pattern CURRENT = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern LEGACY = Pattern.compile("[0-9]{20}");

    private EquipmentCodeRule() {
    }

    /** The result of a check: the format, or why the code is not acceptable. */
    public record Check(EquipmentCodeFormat format, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Check check(String code, String category) {
        if (code == null || code.isBlank()) {
            return new Check(null, "is required");
        }
        if (LEGACY.matcher(code).matches()) {
            return new Check(EquipmentCodeFormat.LEGACY, null);
        }
        if (!CURRENT.matcher(code).matches()) {
            return new Check(null, "must be 18 characters (0-9, A-Z) starting with the category code,"
                    + " or a 20-digit registration code (注册代码)");
        }
        if (category != null && !code.startsWith(category)) {
            return new Check(null, "an 18-character code must start with its category code " + category);
        }
        return new Check(EquipmentCodeFormat.CURRENT, null);
    }

    /** Trims and upper-cases what a person typed. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
