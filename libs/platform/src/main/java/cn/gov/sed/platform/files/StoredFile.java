package cn.gov.sed.platform.files;

import java.util.UUID;

/** A stored file with its content, for serving it back. */
public record StoredFile(UUID id, UUID ownerId, String fileName, String contentType, long size, String sha256,
                         byte[] content) {
}
