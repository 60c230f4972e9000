package cn.gov.sed.hazard.rectification;

import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardQueries;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.FileType;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Set;
import java.util.UUID;

/** Attaching evidence: photos or PDFs of the rectification, owned by the hazard, cited by its report. */
@ApplicationScoped
public class AttachingEvidence {
    /** The owner type of a hazard's files in the file store. */
    static final String OWNER = "hazard";
    private static final long MB = 1024 * 1024;
    private static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC, FileType.PDF);

    @Inject
    HazardQueries queries;
    @Inject
    Caller caller;
    @Inject
    FileStore files;

    /** An upload (images or PDF, ≤ 10 MB) to a hazard in the caller's scope. */
    @Transactional
    public FileInfo attach(UUID id, FileUpload file) {
        Hazard h = queries.inScope(id);
        return files.store(OWNER, h.id, file, EVIDENCE_TYPES, 10 * MB, caller.sub());
    }

    /** One attachment of a hazard in the caller's scope; 404 when either is unknown. */
    @Transactional
    public StoredFile attachment(UUID id, UUID attachmentId) {
        Hazard h = queries.inScope(id);
        return files.find(OWNER, h.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("attachment"));
    }
}
