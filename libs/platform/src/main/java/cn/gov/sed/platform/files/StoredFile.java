package cn.gov.sed.platform.files;

import jakarta.ws.rs.core.StreamingOutput;

import java.util.UUID;

/**
 * A stored file, for serving it back: {@link #content()} streams it from the database to the response when the
 * response is written, never holding it whole in memory.
 */
public record StoredFile(UUID id, UUID ownerId, String fileName, String contentType, long size, String sha256,
                         StreamingOutput content) {
}
