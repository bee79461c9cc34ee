package com.lifeline.export;

import com.lifeline.security.CurrentUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/exports}: request (within the caller's scope), list one's own, make the archive (the password
 * is in that answer only), download. Someone else's export answers 404.
 */
@RestController
class ExportController {

    private final ExportRequests requests;
    private final ExportArchives archives;

    ExportController(ExportRequests requests, ExportArchives archives) {
        this.requests = requests;
        this.archives = archives;
    }

    record ExportState(long id, ExportStatus status, int recordCount, boolean masked, Instant expiresAt, int downloads) {

        static ExportState of(ExportRequest r) {
            return new ExportState(r.id(), r.status(), r.recordCount(), r.masked(), r.expiresAt(), r.downloads());
        }
    }

    @PostMapping("/api/exports")
    ResponseEntity<ExportState> request(@RequestBody(required = false) NewExport body, Authentication authentication) {
        ExportRequest request = requests.request(CurrentUser.of(authentication), body);
        return ResponseEntity.created(URI.create("/api/exports/" + request.id())).body(ExportState.of(request));
    }

    @GetMapping("/api/exports")
    List<ExportState> mine(Authentication authentication) {
        return requests.of(authentication.getName()).stream().map(ExportState::of).toList();
    }

    @GetMapping("/api/exports/{id}")
    ExportState one(@PathVariable long id, Authentication authentication) {
        return ExportState.of(requests.mine(authentication.getName(), id));
    }

    /** Makes the archive of an approved export; the answer holds its password, shown this once. */
    @PostMapping("/api/exports/{id}/archive")
    ResponseEntity<ExportArchives.Made> archive(@PathVariable long id, Authentication authentication) {
        return ResponseEntity.status(201).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(archives.make(authentication.getName(), id));
    }

    @GetMapping("/api/exports/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id, Authentication authentication) {
        Resource file = new FileSystemResource(archives.download(authentication.getName(), id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export-" + id + ".zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(file);
    }
}
