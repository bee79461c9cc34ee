package com.lifeline.bench;

/** Test properties every benchmark needs. */
public final class BenchProperties {

    /**
     * Without the process test coverage listener of the test classpath: it reads the process definition
     * (an authorization query) on every activity event. In the first vanilla comparison it took 22 % of
     * the request threads' samples (JFR) and made Lifeline look slower than it runs in production.
     */
    public static final String WITHOUT_COVERAGE = "spring.autoconfigure.exclude="
            + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration";

    private BenchProperties() {
    }
}
