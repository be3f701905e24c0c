package io.plantrail.query.evidence;

import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.Hex;
import io.plantrail.evidence.Keys;
import io.plantrail.evidence.Merkle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Makes signed checkpoints: on demand, and by itself once {@code plantrail.evidence.checkpoint-every} events have
 * been linked since the last one. Several query-service instances may try at once; the position is the key, so they
 * make one.
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final EvidenceStore store;
    private final Signer signer;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final long every;

    Checkpoints(EvidenceStore store, Signer signer, JdbcClient db, PlatformTransactionManager transactions,
                @Value("${plantrail.evidence.checkpoint-every:1000}") long every) {
        this.store = store;
        this.signer = signer;
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.every = every;
    }

    /**
     * A checkpoint over every event linked so far; the latest one again if nothing was linked since. Before any
     * event is linked, that is the empty tree at position 0, whose root RFC 9162 defines as SHA-256 of nothing.
     */
    Checkpoint create() {
        Keys.SigningKey key = signer.require();
        long position = settledPosition().orElse(0L);
        Optional<Checkpoint> latest = store.latestCheckpoint();
        if (latest.isPresent() && latest.get().position() >= position) {
            return latest.get();
        }
        List<EvidenceStore.Leaf> leaves = store.leaves(position);
        Merkle.Frontier tree = new Merkle.Frontier();
        leaves.forEach(link -> tree.add(Merkle.leafHash(link.link())));
        // Recording time, like an event's time stamp: the wall clock, not the business "today" of the reports.
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Checkpoint unsigned = new Checkpoint(position, leaves.size(), Hex.of(tree.root()), created, key.keyId(), null);
        Checkpoint signed = new Checkpoint(position, leaves.size(), unsigned.root(), created, key.keyId(),
                key.sign(unsigned.statement()));
        store.insert(signed);
        log.info("Checkpoint at position {} over {} events, root {}", position, leaves.size(), signed.root());
        return store.checkpointAt(position).orElse(signed);
    }

    /**
     * The highest linked position below which nothing more can appear. Positions are taken when an append starts
     * but become visible when it commits, so a checkpoint at the highest visible position could miss an event still
     * being committed below it; a share lock on the event table waits for every append under way to finish.
     */
    private Optional<Long> settledPosition() {
        return transaction.execute(status -> {
            db.sql("set local lock_timeout = '10s'").update();
            db.sql("lock table domain_event_entry in share mode").update();
            return db.sql("select max(global_index) from event_link").query(Long.class).optional();
        });
    }

    @Scheduled(fixedDelayString = "${plantrail.evidence.checkpoint-check-interval:10s}", initialDelayString = "10s")
    void createIfDue() {
        if (signer.key().isEmpty()) {
            return;
        }
        long since = store.latestCheckpoint().map(Checkpoint::position).orElse(0L);
        if (store.linksAfter(since) >= every) {
            try {
                create();
            } catch (RuntimeException e) {
                log.warn("Could not make a checkpoint; trying again later: {}", e.getMessage());
            }
        }
    }
}
