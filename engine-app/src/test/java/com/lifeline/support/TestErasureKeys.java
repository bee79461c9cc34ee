package com.lifeline.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Each test JVM gets a new database, so its customer ids start again at 1: it needs erasure keys of its
 * own too, or a customer erased by an earlier run would find its id's key destroyed.
 */
public final class TestErasureKeys {

    private TestErasureKeys() {
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("lifeline.keys.erasure-key-file=target/test-keys/erasure-keys-" + UUID.randomUUID() + ".txt")
                    .applyTo(context);
        }
    }
}
