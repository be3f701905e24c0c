package io.plantrail.command.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Housekeeping jobs, such as purging expired idempotency keys. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
