package com.lifeline.export;

import com.lifeline.contact.ContactRelation;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CompanySize;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.CustomerStatus;
import com.lifeline.customer.Industry;
import com.lifeline.customer.SourceType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's writing path: the same rows through {@link ExportField} and {@link CsvWriter} into the
 * AES-256 archive ({@link EncryptedArchive}) and into a plain CSV file, alternating, in the same run; the
 * time ratio encrypted / plain and the peak heap in use while writing, at 10k and 100k rows (flat = streamed).
 * Rows are made in memory one at a time, so the database's reads (the same for both) are not in the figure.
 *
 * <p>Not a test: tagged {@code bench}. Run with {@code mvn -o -pl engine-app test -Pbench
 * -Dtest=ExportBenchmark [-Dbench.export.rounds=3]}; the table is printed and written to
 * {@code engine-app/target/bench/export.txt}.
 */
@Tag("bench")
class ExportBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.export.rounds", 3);
    private static final List<ExportField> COLUMNS = Arrays.asList(ExportField.values());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void encryptedArchiveNextToPlainCsv() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %12s %12s %7s %16s %16s%n", "rows", "plain ms", "aes-256 ms", "ratio", "plain heap MiB", "aes heap MiB"));
        write(dir, 2_000, true);
        write(dir, 2_000, false); // warm-up
        for (int rows : new int[] {10_000, 100_000}) {
            long plain = Long.MAX_VALUE;
            long encrypted = Long.MAX_VALUE;
            long plainHeap = 0;
            long encryptedHeap = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Run p = write(dir, rows, false);
                Run e = write(dir, rows, true);
                plain = Math.min(plain, p.millis());
                encrypted = Math.min(encrypted, e.millis());
                plainHeap = Math.max(plainHeap, p.peakHeap());
                encryptedHeap = Math.max(encryptedHeap, e.peakHeap());
            }
            table.append(String.format(Locale.ROOT, "%-8d %12d %12d %6.2fx %16d %16d%n", rows, plain, encrypted,
                    (double) encrypted / plain, plainHeap >> 20, encryptedHeap >> 20));
        }
        System.out.println(table);
        Files.writeString(dir.resolve("export.txt"), table, StandardCharsets.UTF_8);
        assertThat(table).contains("100000");
    }

    private record Run(long millis, long peakHeap) {
    }

    private static Run write(Path dir, int rows, boolean encrypted) throws Exception {
        Path file = dir.resolve(encrypted ? "export-bench.zip" : "export-bench.csv");
        Files.deleteIfExists(file);
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long start = System.nanoTime();
        if (encrypted) {
            EncryptedArchive.write(file, "export.csv", EncryptedArchive.newPassword(), entry -> rows(entry, rows));
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                rows(out, rows);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        heap.interrupt();
        heap.join();
        Files.delete(file);
        return new Run(millis, heap.peak.get());
    }

    private static void rows(OutputStream out, int count) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS.stream().map(ExportField::header).toList());
        for (int i = 0; i < count; i++) {
            csv.row(ExportRows.cells(COLUMNS, record(i)));
        }
        csv.finish();
    }

    /** A company with two contacts, different in every row, as the store would give it opened. */
    private static ExportRecord record(int i) {
        Instant at = Instant.parse("2026-01-05T02:00:00Z").plusSeconds(i);
        Customer customer = new Customer((long) i, "SH2026" + String.format("%06d", i), "SH", CustomerKind.COMPANY,
                "上海测试" + i + "科技有限公司", "+86216" + String.format("%07d", i % 10_000_000), "info" + i + "@example.com",
                "上海市", "上海市", "浦东新区", "张江路", i + "号", "需要7x24紧急联络服务", at, SourceType.TRADE_SHOW, Industry.IT,
                "sales1", CompanySize.SMALL, null, null, "重点客户,=bench", CustomerStatus.ACTIVE, false, null, "sales1", at, at);
        EmergencyContact primary = new EmergencyContact(2L * i, (long) i, "王" + i, ContactRelation.BUSINESS_OWNER,
                "+86139" + String.format("%08d", i), null, null, "可决定服务变更", 1, true, true, at, "CONFIRMED", "VALID");
        EmergencyContact backup = new EmergencyContact(2L * i + 1, (long) i, "赵" + i, ContactRelation.TECH_LEAD,
                "+86137" + String.format("%08d", i), "ops" + i + "@example.com", null, "可决定技术应急处置", 2, false, true, at,
                "CONFIRMED", "VALID");
        return new ExportRecord(customer, primary, backup, i % 2 == 0, ZONE);
    }

    /** The highest heap in use while it runs, sampled every millisecond. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
