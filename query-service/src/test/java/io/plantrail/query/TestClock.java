package io.plantrail.query;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Today" for every query-service test: 1 March 2010, the day the board looked at the 2009/10 plan. A test that
 * simulates time passing moves it with {@link Moving#set} and puts it back with {@link Moving#reset}.
 */
@TestConfiguration
public class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2010, 3, 1);

    @Bean
    @Primary
    Moving testClock() {
        return new Moving();
    }

    /** A clock the test can move; it never moves by itself. */
    public static final class Moving extends Clock {

        private static final Instant START_OF_TODAY = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        private volatile Instant now = START_OF_TODAY;

        public void set(Instant instant) {
            now = instant;
        }

        public void reset() {
            now = START_OF_TODAY;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
