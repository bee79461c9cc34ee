package com.lifeline.dormancy;

import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** ACTIVE customers of sales1 (department SH-SALES), silent since a given time, with or without marketing consent. */
@Component
class DormancyTestSupport {

    static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    private final EntrySubmissions submissions;
    private final CustomerService customers;
    private final JdbcTemplate jdbc;

    DormancyTestSupport(EntrySubmissions submissions, CustomerService customers, JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** Entered, made ACTIVE (as after its review) and silent since {@code lastInteraction}. */
    SilentCustomer silentSince(Instant lastInteraction, boolean marketingConsent) {
        EntrySubmission example = EntryExamples.company();
        EntrySubmission entry = new EntrySubmission(example.customer(), example.contacts(),
                new EntrySubmission.ConsentPart(true, true, marketingConsent, "FORM", "F-DORMANCY-" + System.nanoTime()));
        String number = submissions.submit(entry, null, SALES1).customerNumber();
        jdbc.update("UPDATE customer SET status = 'ACTIVE', last_interaction_at = ? WHERE customer_number = ?",
                Timestamp.from(lastInteraction), number);
        return new SilentCustomer(customers.byNumber(number).id(), number, lastInteraction, SALES1.userId());
    }

    String status(String number) {
        return jdbc.queryForObject("SELECT status FROM customer WHERE customer_number = ?", String.class, number);
    }

    int openChecks(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dormancy_check WHERE customer_number = ? AND status = 'OPEN'",
                Integer.class, number);
    }

    int checks(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dormancy_check WHERE customer_number = ?", Integer.class, number);
    }
}
