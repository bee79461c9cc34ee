package com.lifeline.entry;

import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LifelineIntegrationTest
class EntryTransactionTest {

    private static final CurrentUser SALES = new CurrentUser("sales2", List.of("sales"));
    /** The first minutes of a year, whatever today is: numbers restart at 001 and no counter row exists yet. */
    private static final ZonedDateTime NEW_YEAR = ZonedDateTime.parse("2027-01-01T00:05:00+08:00[Asia/Shanghai]");
    private static final String YEAR = String.valueOf(NEW_YEAR.getYear());

    @Autowired
    EntrySubmissions submissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(NEW_YEAR.toInstant());

    private static EntrySubmission inRegion(String region) {
        EntrySubmission e = EntryExamples.company();
        EntrySubmission.CustomerPart c = e.customer();
        return EntryExamples.withCustomer(e, new EntrySubmission.CustomerPart(c.kind(), c.name(), c.phone(), c.email(),
                region, c.province(), c.city(), c.district(), c.street(), c.streetNumber(), c.needs(),
                c.firstContactAt(), c.sourceType(), c.industry(), null, null, null, null));
    }

    @Test
    void fiftyConcurrentEntriesInOneRegionGetFiftyConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            EntrySubmission entry = inRegion("WH");
            jobs.add(() -> submissions.submit(entry, null, SALES).customerNumber());
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(jobs)) {
            numbers.add(f.get());
        }
        pool.shutdown();

        List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(("WH" + YEAR).length()))).sorted().toList();
        assertThat(numbers).allMatch(n -> n.startsWith("WH" + YEAR)).doesNotHaveDuplicates();
        assertThat(serials).first().isEqualTo(1);
        assertThat(serials.get(serials.size() - 1) - serials.get(0)).isEqualTo(49);
        assertThat(jdbc.queryForObject("SELECT last_serial FROM customer_number_sequence WHERE region_code = 'WH' AND year = ?",
                Integer.class, NEW_YEAR.getYear())).isEqualTo(serials.get(49));
    }

    @Test
    void aFailureAfterTheCustomerInsertLeavesNoRowBehind() {
        EntrySubmission entry = inRegion("NJ");
        int customers = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
        int drafts = jdbc.queryForObject("SELECT COUNT(*) FROM entry_draft", Integer.class);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            String number = submissions.submit(entry, null, SALES).customerNumber();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE customer_number = ?", Integer.class, number))
                    .isEqualTo(1);
            throw new IllegalStateException("boom after the insert");
        })).hasMessage("boom after the insert");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(customers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry_draft", Integer.class)).isEqualTo(drafts);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name = ?", Integer.class, entry.customer().name())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ LIKE 'NJ%'", Integer.class)).isZero();
    }

    @Test
    void aFailedEntryLeavesAGapButNeverReusesItsNumber() {
        String[] failed = new String[1];
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            failed[0] = submissions.submit(inRegion("HZ"), null, SALES).customerNumber();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        String next = submissions.submit(inRegion("HZ"), null, SALES).customerNumber();

        assertThat(next).isNotEqualTo(failed[0]);
        assertThat(Integer.parseInt(next.substring(6))).isEqualTo(Integer.parseInt(failed[0].substring(6)) + 1);
    }
}
