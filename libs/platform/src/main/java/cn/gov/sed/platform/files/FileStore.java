package cn.gov.sed.platform.files;

import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Uploaded files (inspection photos, rectification evidence, task archives) kept in the service's own
 * database with their SHA-256. The type is checked from the content; a type or size outside the limits → 400.
 */
@ApplicationScoped
public class FileStore {
    @Inject
    EntityManager em;

    @Transactional
    public FileInfo store(String ownerType, UUID ownerId, FileUpload upload, Set<FileType> allowed, long maxBytes,
                          String uploadedBy) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw ValidationException.of("file", "is empty");
        }
        if (content.length > maxBytes) {
            throw ValidationException.of("file", "is larger than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        String declared = upload.contentType() == null ? null : upload.contentType().split(";")[0].trim();
        FileType type = FileType.sniff(Arrays.copyOf(content, Math.min(content.length, 32)), declared)
                .filter(allowed::contains)
                .orElseThrow(() -> ValidationException.of("file", "type not accepted; allowed: "
                        + allowed.stream().map(FileType::mediaType).sorted().toList()));
        UUID id = UUID.randomUUID();
        String sha256 = sha256(content);
        em.createNativeQuery("INSERT INTO stored_file (id, owner_type, owner_id, file_name, content_type, size, sha256,"
                        + " content, uploaded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, id).setParameter(2, ownerType).setParameter(3, ownerId)
                .setParameter(4, upload.fileName()).setParameter(5, type.mediaType()).setParameter(6, (long) content.length)
                .setParameter(7, sha256).setParameter(8, content).setParameter(9, uploadedBy)
                .executeUpdate();
        return new FileInfo(id, type.mediaType(), content.length, sha256);
    }

    /** The file {@code id} of that owner, or empty. */
    @Transactional
    public Optional<StoredFile> find(String ownerType, UUID ownerId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, owner_id, file_name, content_type, size, sha256, content"
                        + " FROM stored_file WHERE id = ?1 AND owner_type = ?2 AND owner_id = ?3")
                .setParameter(1, id).setParameter(2, ownerType).setParameter(3, ownerId).getResultList();
        return rows.stream().findFirst().map(r -> new StoredFile((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (byte[]) r[6]));
    }

    /** Metadata of the files of an owner among {@code ids}, to check that cited files exist. */
    @Transactional
    public List<FileInfo> describe(String ownerType, UUID ownerId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, content_type, size, sha256 FROM stored_file"
                        + " WHERE owner_type = ?1 AND owner_id = ?2 AND id = ANY (?3)")
                .setParameter(1, ownerType).setParameter(2, ownerId).setParameter(3, ids.toArray(new UUID[0]))
                .getResultList();
        return rows.stream().map(r -> new FileInfo((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3])).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
