package com.lifeline.deletion;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly sweep asks to delete customers whose contract ended longer ago than the retention (P3Y). */
@LifelineIntegrationTest
class RetentionSweepTest {

    @Autowired
    RetentionSweep sweep;
    @Autowired
    DeletionTestSupport support;
    @Autowired
    LegalHolds holds;
    @Autowired
    JdbcTemplate jdbc;

    private String endedOn(LocalDate date) {
        String number = support.enterPerson();
        jdbc.update("UPDATE customer SET contract_ended_on = ? WHERE customer_number = ?", date, number);
        return number;
    }

    @Test
    void contractsEndedBeforeTheRetentionGetOneRequestEach() {
        String expired = endedOn(LocalDate.now().minusYears(3).minusDays(2));
        String recent = endedOn(LocalDate.now().minusYears(2));
        String held = endedOn(LocalDate.now().minusYears(5));
        holds.set("compliance1", held, true);

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        sweep.sweep();

        assertThat(jdbc.queryForMap("SELECT reason, source, requested_by, status FROM deletion_request WHERE customer_number = ?", expired))
                .containsEntry("reason", "RETENTION_EXPIRED").containsEntry("source", "RETENTION")
                .containsEntry("requested_by", RetentionSweep.REQUESTER).containsEntry("status", "AWAITING_APPROVAL");
        assertThat(count(recent)).isZero();
        assertThat(count(held)).isZero();
    }

    private int count(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deletion_request WHERE customer_number = ?", Integer.class, number);
    }
}
