package cn.gov.sed.platform.files;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an upload answers: {@code {id, contentType, size, sha256}}; named for what it is to a client. */
@Schema(name = "Attachment", description = "a stored upload (evidence, photo, document): its id for later references, "
        + "the type sniffed from its content, its size in bytes and its SHA-256")
public record FileInfo(UUID id, String contentType, long size, String sha256) {
}
