package com.lifeline.reverification;

import com.lifeline.bench.BenchProperties;
import com.lifeline.schedules.SweepProgress;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly sweep over many ACTIVE customers into contact-verification instances, next to starting
 * the same process as many times in a plain loop (one transaction per start, as a caller without
 * batching would), on the same engine and database in the same run; peak heap of each phase.
 *
 * <p>Not a test: tagged {@code bench}, which surefire excludes by default. Run with
 * {@code bench/run-verification-benchmark.sh [customers]}, i.e. {@code mvn -o -pl engine-app test -Pbench
 * -Dtest=VerificationSweepBenchmark -Dbench.customers=100000}. The table is printed and written to
 * {@code engine-app/target/bench/verification-sweep.txt}.
 */
@Tag("bench")
@LifelineIntegrationTest
@TestPropertySource(properties = BenchProperties.WITHOUT_COVERAGE)
class VerificationSweepBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 100_000);

    @Autowired
    VerificationSweep sweep;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReverificationProperties properties;

    @Test
    void sweepVersusPlainLoop() throws IOException {
        long seeding = System.nanoTime();
        List<Long> customers = VerificationSeeds.activeCustomers(jdbc, "VB", CUSTOMERS);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        assertThat(customers).hasSize(CUSTOMERS);

        // plain loop: the same process and variables, one start (and transaction) after another
        resetPeaks();
        long loopStart = System.nanoTime();
        for (int i = 0; i < CUSTOMERS; i++) {
            runtime.startProcessInstanceByKey(VerificationVariables.PROCESS_KEY, "BL" + i, Map.of(
                    VerificationVariables.VERIFICATION_ID, -1L - i, VerificationVariables.CUSTOMER_ID, customers.get(i),
                    VerificationVariables.CUSTOMER_NUMBER, "BL" + i, VerificationVariables.OWNER, "sales1",
                    VerificationVariables.CONTACT_IDS, "1,2"));
        }
        double loopSeconds = (System.nanoTime() - loopStart) / 1e9;
        long loopHeap = peakHeap();

        resetPeaks();
        long sweepStart = System.nanoTime();
        SweepProgress done = sweep.run(() -> false);
        double sweepSeconds = (System.nanoTime() - sweepStart) / 1e9;
        long sweepHeap = peakHeap();

        assertThat(done.done()).isEqualTo(CUSTOMERS);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VerificationVariables.PROCESS_KEY)
                .processInstanceBusinessKeyLike("VB%").count()).isEqualTo(CUSTOMERS);

        double loopRate = CUSTOMERS / loopSeconds;
        double sweepRate = CUSTOMERS / sweepSeconds;
        String table = String.format("""
                verification sweep benchmark: %d ACTIVE customers (2 contacts each, seeded in %.1f s), batch %d,
                %d cores, max heap %d MB
                | path | instances | seconds | instances/s | peak heap MB |
                |---|---|---|---|---|
                | plain loop (one start per transaction) | %d | %.1f | %.1f | %d |
                | sweep (batches, cursor, insert-or-skip) | %d | %.1f | %.1f | %d |
                sweep / plain loop: %.2fx
                """, CUSTOMERS, seedSeconds, properties.batchSize(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                CUSTOMERS, loopSeconds, loopRate, loopHeap >> 20, CUSTOMERS, sweepSeconds, sweepRate, sweepHeap >> 20,
                sweepRate / loopRate);
        System.out.println(table);
        Path out = Path.of("target/bench/verification-sweep.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #resetPeaks}. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
