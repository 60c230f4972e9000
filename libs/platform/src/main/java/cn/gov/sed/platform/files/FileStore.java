package cn.gov.sed.platform.files;

import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 * database as PostgreSQL large objects with their SHA-256, streamed in from the upload's temporary file and out to
 * the response, so a 50 MB archive never sits in the heap. The type is checked from the content; a type or size outside the limits → 400.
 */
@ApplicationScoped
public class FileStore {
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    @Transactional
    public FileInfo store(String ownerType, UUID ownerId, FileUpload upload, Set<FileType> allowed, long maxBytes,
                          String uploadedBy) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        Path file = upload.uploadedFile(); // the HTTP layer has already streamed the part to a temporary file
        long size;
        byte[] head = new byte[32];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            headLength = Math.max(0, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw ValidationException.of("file", "is empty");
        }
        if (size > maxBytes) {
            throw ValidationException.of("file", "is larger than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        String declared = upload.contentType() == null ? null : upload.contentType().split(";")[0].trim();
        FileType type = FileType.sniff(Arrays.copyOf(head, headLength), declared)
                .filter(allowed::contains)
                .orElseThrow(() -> ValidationException.of("file", "type not accepted; allowed: "
                        + allowed.stream().map(FileType::mediaType).sorted().toList()));
        UUID id = UUID.randomUUID();
        // stream the file into a large object in this transaction, hashing it on the way
        Object[] written = em.unwrap(Session.class).doReturningWork(connection -> writeLargeObject(connection, file));
        long oid = (Long) written[0];
        String sha256 = (String) written[1];
        em.createNativeQuery("INSERT INTO stored_file (id, owner_type, owner_id, file_name, content_type, size, sha256,"
                        + " content_oid, uploaded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, id).setParameter(2, ownerType).setParameter(3, ownerId)
                .setParameter(4, upload.fileName()).setParameter(5, type.mediaType()).setParameter(6, size)
                .setParameter(7, sha256).setParameter(8, oid).setParameter(9, uploadedBy)
                .executeUpdate();
        return new FileInfo(id, type.mediaType(), size, sha256);
    }

    private static Object[] writeLargeObject(Connection connection, Path file) throws SQLException {
        LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
        long oid = objects.createLO(LargeObjectManager.READWRITE);
        MessageDigest digest = sha256Digest();
        LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
             OutputStream out = object.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Object[]{oid, HexFormat.of().formatHex(digest.digest())};
    }

    /** The file {@code id} of that owner, or empty; its content is read when the response is written. */
    @Transactional
    public Optional<StoredFile> find(String ownerType, UUID ownerId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, owner_id, file_name, content_type, size, sha256,"
                        + " content_oid FROM stored_file WHERE id = ?1 AND owner_type = ?2 AND owner_id = ?3")
                .setParameter(1, id).setParameter(2, ownerType).setParameter(3, ownerId).getResultList();
        return rows.stream().findFirst().map(r -> new StoredFile((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5],
                r[6] == null ? legacyContent((UUID) r[0]) : largeObject(((Number) r[6]).longValue())));
    }

    /** Streams a large object to the response in its own short read transaction, 64 KB at a time. */
    private StreamingOutput largeObject(long oid) {
        return output -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    LargeObject object = connection.unwrap(PGConnection.class).getLargeObjectAPI()
                            .open(oid, LargeObjectManager.READ);
                    try (InputStream in = object.getInputStream()) {
                        in.transferTo(output);
                    }
                } finally {
                    connection.rollback(); // read only: nothing to keep
                }
            } catch (SQLException e) {
                throw new IOException("could not read stored file", e);
            }
        };
    }

    /** A file stored before large objects were used (bytea column). */
    private StreamingOutput legacyContent(UUID id) {
        return output -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement ps = connection.prepareStatement("SELECT content FROM stored_file WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            in.transferTo(output);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IOException("could not read stored file", e);
            }
        };
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

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
