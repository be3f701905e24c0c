package io.plantrail.platform.security;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/**
 * Gives every Spring test context of the services the test identity provider and test users, so each test signs in
 * the way a real client does. Registered in this module's test jar (META-INF/spring.factories).
 */
public class TestSecurityCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new TestSecurity();
    }

    /** One value for all test classes, so they keep sharing one cached context. */
    private record TestSecurity() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("plantrail-test-security", TestIdentity.properties()));
        }
    }
}
