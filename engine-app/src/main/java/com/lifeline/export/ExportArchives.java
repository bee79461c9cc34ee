package com.lifeline.export;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.web.ConcurrentChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;

/**
 * The archive of an approved export: made once, when its requester asks, with a fresh password that is
 * returned to them and nowhere kept (neither stored nor mailed: the notice only says the export is
 * ready in 我的导出). Downloaded by the requester only, within the period and the download limit;
 * purged when the period ends.
 */
@Service
public class ExportArchives {

    private static final Logger log = LoggerFactory.getLogger(ExportArchives.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ExportRequests requests;
    private final ExportRows rows;
    private final ExportMapper mapper;
    private final ExportProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ExportArchives(ExportRequests requests, ExportRows rows, ExportMapper mapper, ExportProperties properties,
                   AuditLog audit, Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.mapper = mapper;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the requester sees once: the password, until when and how often the file may be downloaded. */
    public record Made(long exportId, String password, Instant expiresAt, int downloadLimit, int records) {
    }

    /** Makes the archive of the caller's approved export and returns its password, the only time it exists. */
    public Made make(String userId, long exportId) {
        ExportRequest request = requests.mine(userId, exportId);
        requireOpen(request);
        switch (request.status()) {
            case AWAITING_APPROVAL -> throw new ExportStateException("导出 " + exportId + " 尚待审批");
            case REJECTED -> throw new ExportStateException("导出 " + exportId + " 未获批准");
            case READY -> throw new ExportStateException("导出 " + exportId + " 的文件已生成,密码只显示一次;如已遗失请重新申请");
            default -> {
            }
        }
        char[] password = EncryptedArchive.newPassword();
        String fileName = "export-" + exportId + "-" + HexFormat.of().formatHex(randomBytes()) + ".zip";
        Path file = directory().resolve(fileName);
        int written;
        try {
            written = rows.write(request, file, password);
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        if (mapper.markReady(exportId, fileName, clock.instant()) != 1) {
            delete(file);
            throw new ConcurrentChangeException("导出 " + exportId + " 的文件已在另一处生成");
        }
        audit.record(userId, AuditAction.EXPORT, null, "export " + exportId + " archive made: " + written + " records");
        return new Made(exportId, new String(password), request.expiresAt(), properties.downloadLimit(), written);
    }

    /** The archive to stream to its requester; counts the download. */
    public Path download(String userId, long exportId) {
        ExportRequest request = requests.mine(userId, exportId);
        requireOpen(request);
        if (request.status() != ExportStatus.READY) {
            throw new ExportStateException("导出 " + exportId + " 还没有文件");
        }
        if (mapper.countDownload(exportId, properties.downloadLimit()) != 1) {
            throw new DownloadLimitException(exportId, properties.downloadLimit());
        }
        audit.record(userId, AuditAction.DOWNLOAD, null, "export " + exportId + " downloaded ("
                + (request.downloads() + 1) + "/" + properties.downloadLimit() + ")");
        return directory().resolve(request.fileName());
    }

    /** The Quartz job's work: expired archives are deleted from disk and their exports marked EXPIRED. */
    public int purgeExpired() {
        List<ExportRequest> expired = mapper.expiredBy(clock.instant());
        for (ExportRequest request : expired) {
            purge(request, "expired");
        }
        return expired.size();
    }

    /** Deletes the file (if any) and marks the export EXPIRED. */
    void purge(ExportRequest request, String why) {
        if (request.fileName() != null) {
            delete(directory().resolve(request.fileName()));
        }
        if (mapper.markExpired(request.id(), clock.instant()) == 1) {
            audit.record("system", AuditAction.DELETE, null, "export " + request.id() + " file purged: " + why);
        }
    }

    private void requireOpen(ExportRequest request) {
        if (request.status() == ExportStatus.EXPIRED
                || request.expiresAt() != null && !clock.instant().isBefore(request.expiresAt())) {
            throw new ExportGoneException(request.id());
        }
    }

    private Path directory() {
        try {
            return Files.createDirectories(properties.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("export directory " + properties.directory() + " is not writable", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete export file {}: {}", file.getFileName(), e.getMessage());
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
