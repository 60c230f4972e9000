package cn.gov.sed.task.task;

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

/** Work materials archived with a task (归档): PDF, images, Office files, ZIP; up to 50 MB, SHA-256 kept. */
@ApplicationScoped
public class ArchivingMaterials {
    static final String ATTACHMENT_OWNER = "task";
    static final Set<FileType> ARCHIVE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.HEIC,
            FileType.DOCX, FileType.XLSX, FileType.ZIP);
    static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;

    @Inject
    TasksInScope tasks;
    @Inject
    Caller caller;
    @Inject
    FileStore files;

    @Transactional
    public FileInfo attach(UUID taskId, FileUpload upload) {
        Task task = tasks.visible(taskId);
        return files.store(ATTACHMENT_OWNER, task.id, upload, ARCHIVE_TYPES, MAX_ATTACHMENT_BYTES, caller.sub());
    }

    public StoredFile attachment(UUID taskId, UUID attachmentId) {
        Task task = tasks.visible(taskId);
        return files.find(ATTACHMENT_OWNER, task.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("attachment"));
    }
}
