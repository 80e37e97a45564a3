package org.daybrief.batch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daybrief.source.web.HttpCache;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What was last fetched from each URL ({@code DAYBRIEF_HTTP_CACHE}): validators for the next conditional GET, and
 * the content a {@code 304} or an article page read before stands for. Shared by the jobs of one database (a URL
 * answers the same for each). Keyed by the SHA-256 of the URL, so a URL of any length fits. Written in a
 * transaction of its own: what a server sent stays known even when the chunk it was read in is rolled back.
 * Portable SQL: H2 and PostgreSQL ({@code BYTEA} is a binary type in both).
 */
@Component
public class JdbcHttpCache implements HttpCache {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS DAYBRIEF_HTTP_CACHE (
              URL_KEY VARCHAR(64) NOT NULL, URL VARCHAR(8000) NOT NULL, ETAG VARCHAR(1000) NOT NULL,
              LAST_MODIFIED VARCHAR(100) NOT NULL, CONTENT_TYPE VARCHAR(200) NOT NULL, BODY BYTEA NOT NULL,
              FETCHED TIMESTAMP NOT NULL, PRIMARY KEY (URL_KEY))""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public JdbcHttpCache(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SchemaStatements.execute(jdbc, SCHEMA); // several processes may start at once on an empty PostgreSQL
    }

    @Override
    public Optional<Cached> get(URI url) {
        List<Cached> rows = jdbc.query(
                "SELECT ETAG, LAST_MODIFIED, CONTENT_TYPE, BODY FROM DAYBRIEF_HTTP_CACHE WHERE URL_KEY = ?",
                (rs, i) -> new Cached(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), key(url));
        return rows.stream().findFirst();
    }

    @Override
    public void put(URI url, Cached response) {
        String shown = url.toString();
        if (shown.length() > 8000 || response.etag().length() > 1000 || response.lastModified().length() > 100) {
            return; // not kept: fetched again in full next time
        }
        String type = response.contentType().length() > 200 ? response.contentType().substring(0, 200)
                : response.contentType();
        try {
            own.executeWithoutResult(s -> store(url, response, type));
        } catch (DuplicateKeyException e) {
            // Another process stored the same URL a moment ago: its answer is as good as this one.
        }
    }

    private void store(URI url, Cached response, String type) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("""
                UPDATE DAYBRIEF_HTTP_CACHE SET ETAG = ?, LAST_MODIFIED = ?, CONTENT_TYPE = ?, BODY = ?, FETCHED = ?
                WHERE URL_KEY = ?""", response.etag(), response.lastModified(), type, response.body(), now, key(url));
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO DAYBRIEF_HTTP_CACHE (URL_KEY, URL, ETAG, LAST_MODIFIED, CONTENT_TYPE, BODY, FETCHED)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", key(url), url.toString(), response.etag(),
                    response.lastModified(), type, response.body(), now);
        }
    }

    private static String key(URI url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(url.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
