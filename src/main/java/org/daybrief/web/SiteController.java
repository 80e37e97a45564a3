package org.daybrief.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.render.DigestEntry;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.SitePages;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The digest site: {@code /} lists the jobs, {@code /<job>/} is the job's index page, and each digest file and
 * the job's {@code feed.atom} are served from its output folder. Only those names are served, each matched by
 * its own pattern ({@code <job>/<yyyy-MM-dd>/digest.<html|md|txt|json>}, {@code index.html}, {@code feed.atom}),
 * and a file whose real path leaves the output folder (a symbolic link) is refused: nothing else under
 * {@code output/} (the outbox's messages, the job database, the hidden digest model) is reachable. Files are
 * revalidated on every use ({@code Cache-Control: no-cache} with an ETag and Last-Modified): a rerun rewrites them.
 */
@RestController
class SiteController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "html", MediaType.parseMediaType("text/html;charset=UTF-8"),
            "md", MediaType.parseMediaType("text/markdown;charset=UTF-8"),
            "txt", MediaType.parseMediaType("text/plain;charset=UTF-8"),
            "json", MediaType.APPLICATION_JSON,
            "atom", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));

    private final SiteJobs jobs;
    private final SitePages pages = new SitePages();
    private final DigestRenderer renderer = new DigestRenderer();

    SiteController(SiteJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping(value = "/", produces = "text/html;charset=UTF-8")
    String jobs() {
        List<SitePages.JobRow> rows = new ArrayList<>();
        for (JobSettings job : jobs.all()) {
            String latest = "";
            try {
                List<DigestEntry> entries = files(job).archivedEntries(job.name());
                latest = entries.isEmpty() ? "" : entries.get(0).date().toString();
            } catch (IOException e) {
                latest = "unreadable archive";
            }
            rows.add(new SitePages.JobRow(job.name(), job.feedTitle(), latest));
        }
        return pages.jobs(rows);
    }

    /** Without the slash the index page's relative links would point one folder up. */
    @GetMapping("/{job:[A-Za-z0-9][A-Za-z0-9._-]*}")
    ResponseEntity<Void> jobWithoutSlash(@PathVariable String job) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", job + "/").build();
    }

    @GetMapping("/{job}/")
    ResponseEntity<Resource> index(@PathVariable String job, WebRequest request) {
        return serve(job, dir -> dir.resolve(DigestFiles.INDEX), request);
    }

    @GetMapping("/{job}/{file:index\\.html|feed\\.atom}")
    ResponseEntity<Resource> archive(@PathVariable String job, @PathVariable String file, WebRequest request) {
        return serve(job, dir -> dir.resolve(file), request);
    }

    @GetMapping("/{job}/{date:\\d{4}-\\d{2}-\\d{2}}/")
    ResponseEntity<Resource> digestPage(@PathVariable String job, @PathVariable String date, WebRequest request) {
        return digest(job, date, "digest.html", request);
    }

    @GetMapping("/{job}/{date:\\d{4}-\\d{2}-\\d{2}}/{file:digest\\.(?:html|md|txt|json)}")
    ResponseEntity<Resource> digest(@PathVariable String job, @PathVariable String date, @PathVariable String file,
            WebRequest request) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return ResponseEntity.notFound().build();
        }
        return serve(job, dir -> dir.resolve(date).resolve(file), request);
    }

    private ResponseEntity<Resource> serve(String name, java.util.function.Function<Path, Path> within,
            WebRequest request) {
        Optional<JobSettings> job = jobs.named(name);
        if (job.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        DigestFiles files = files(job.get());
        Path file = within.apply(files.jobDirectory(name));
        try {
            if (!Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(job.get().output().dir().toAbsolutePath().toRealPath())) {
                return ResponseEntity.notFound().build();
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(Files.size(file)) + "\"";
            if (request.checkNotModified(etag, modified)) {
                return null; // 304, headers set by checkNotModified
            }
            String fileName = file.getFileName().toString();
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
            return ResponseEntity.ok()
                    .contentType(TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM))
                    .cacheControl(CacheControl.noCache())
                    .eTag(etag)
                    .lastModified(modified)
                    .body(new FileSystemResource(file));
        } catch (IOException e) {
            return ResponseEntity.notFound().build();
        }
    }

    private DigestFiles files(JobSettings job) {
        return new DigestFiles(job.output().dir(), renderer);
    }
}
