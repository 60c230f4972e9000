package cn.gov.sed.platform.files;

import java.util.Arrays;
import java.util.Optional;

/** File types accepted by uploads, recognised by their first bytes rather than by what the client claims. */
public enum FileType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ZIP("application/zip");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Sniffs the type from the head of the content; {@code declared} tells the zip-based office formats apart. */
    public static Optional<FileType> sniff(byte[] head, String declared) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (Arrays.asList("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1").contains(brand)) {
                return Optional.of(HEIC);
            }
        }
        if (starts(head, 'P', 'K', 0x03, 0x04)) {
            if (XLSX.mediaType.equals(declared)) {
                return Optional.of(XLSX);
            }
            if (DOCX.mediaType.equals(declared)) {
                return Optional.of(DOCX);
            }
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
