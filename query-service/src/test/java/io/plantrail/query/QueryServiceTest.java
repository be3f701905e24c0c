package io.plantrail.query;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one application context every query-service integration test shares. All tests run in one JVM on one
 * database, and Axon's token store names its owner by JVM, so a second context would run the same processors
 * against the same tokens beside the first one: a reset in one would be undone by the other.
 * The fallback wake-up is set far longer than the wait for minPosition, and an idle processor looks again only
 * every 5 s, so a passing test also shows the LISTEN/NOTIFY wake-up at work.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plantrail.events.poll-interval=60s",
        "plantrail.read-your-writes.max-wait=3s",
        // Small, so a test of the audit export sees it read through a cursor in several fetches.
        "plantrail.audit.export-fetch-size=5",
        // Checkpoints are signed with a key made at start: no private key is ever kept with the tests.
        "plantrail.evidence.signing-key=ephemeral"})
@Import(TestClock.class)
public @interface QueryServiceTest {
}
