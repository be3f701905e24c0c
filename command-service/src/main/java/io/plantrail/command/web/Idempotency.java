package io.plantrail.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key}: a client that retries a command with the same key and the same request gets the first
 * answer again and nothing is appended; the same key with another request is refused (422). The key is written
 * in the transaction that appends the command's events, so two concurrent requests with one key cannot both
 * append: the second fails on the key's primary key and is answered from the first.
 */
@Component
public class Idempotency {

    static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);
    private static final Pattern SENSIBLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final JdbcClient db;
    private final Duration retention;

    Idempotency(JdbcClient db, @Value("${plantrail.idempotency.retention:30d}") Duration retention) {
        this.db = db;
        this.retention = retention;
    }

    /** A request's key and the hash of what it asked for. */
    record Request(String key, String hash) {
    }

    /** The key of the current HTTP request, if it sent one. */
    Optional<Request> ofCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String key = request.getHeader(HEADER);
        if (key == null) {
            return Optional.empty();
        }
        if (!SENSIBLE.matcher(key).matches()) {
            throw new InvalidInput(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        byte[] body = (byte[]) request.getAttribute(RequestBody.BYTES);
        return Optional.of(new Request(key, hash(request.getMethod(), request.getRequestURI(), body)));
    }

    /** The aggregate and version the first request with this key reached, if there was one. */
    Optional<Remembered> remembered(Request request) {
        return db.sql("select request_hash, aggregate_identifier, version from idempotency_key where key = ?")
                .param(request.key())
                .query((rs, n) -> new Remembered(rs.getString("request_hash"), rs.getString("aggregate_identifier"),
                        rs.getLong("version")))
                .optional()
                .map(remembered -> remembered.sameRequestAs(request));
    }

    record Remembered(String hash, String aggregateId, long version) {

        Remembered sameRequestAs(Request request) {
            if (!hash.equals(request.hash())) {
                throw new IdempotencyKeyReused(request.key());
            }
            return this;
        }
    }

    /** Called inside the command's transaction, once its events are known. */
    void remember(Request request, DomainEventMessage<?> lastEvent) {
        db.sql("insert into idempotency_key (key, request_hash, aggregate_identifier, version) values (?, ?, ?, ?)")
                .param(request.key()).param(request.hash())
                .param(lastEvent.getAggregateIdentifier()).param(lastEvent.getSequenceNumber())
                .update();
    }

    @Scheduled(fixedDelayString = "${plantrail.idempotency.purge-every:1h}", initialDelayString = "1m")
    void purgeExpired() {
        int purged = db.sql("delete from idempotency_key where created_at < ?")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
                .update();
        if (purged > 0) {
            log.info("Purged {} idempotency keys older than {}", purged, retention);
        }
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(body == null ? new byte[0] : body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
