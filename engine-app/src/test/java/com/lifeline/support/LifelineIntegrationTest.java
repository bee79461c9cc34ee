package com.lifeline.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app on a real embedded MariaDB and a real SMTP server. Every test class using this
 * shares one Spring context (and so one database): keep test data distinct, don't reset tables.
 * {@link EngineTestState} sets up camunda-bpm-assert and resets the engine clock after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, TestErasureKeys.Initializer.class})
@ExtendWith(EngineTestState.class)
public @interface LifelineIntegrationTest {
}
