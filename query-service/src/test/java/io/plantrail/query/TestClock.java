package io.plantrail.query;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** "Today" for every query-service test: 1 March 2010, the day the board looked at the 2009/10 plan. */
@TestConfiguration
public class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2010, 3, 1);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
