package io.plantrail.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's own metrics (command bus, event store, event processors), on the registry Spring Boot exports.
 * Declared here because Axon's MicrometerMetricsAutoConfiguration orders itself by Boot 3 class names: on Boot 4
 * it can run first and make a private SimpleMeterRegistry that nothing exports. It is excluded in
 * plantrail-platform.properties.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonMetrics {

    @Bean
    static GlobalMetricRegistry axonMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    /** Dimensional: one meter name per kind, tagged with the component (processor name, payload type). */
    @Bean
    static MetricsConfigurerModule axonMetricsModule(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }
}
