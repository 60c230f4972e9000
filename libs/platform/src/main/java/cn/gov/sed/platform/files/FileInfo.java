package cn.gov.sed.platform.files;

import java.util.UUID;

/** What an upload answers: {@code {id, contentType, size, sha256}}. */
public record FileInfo(UUID id, String contentType, long size, String sha256) {
}
