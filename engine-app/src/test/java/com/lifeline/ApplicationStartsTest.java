package com.lifeline;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@LifelineIntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnMariaDbWithReadCommittedAndTheCustomerStoreSchema() {
        assertThat(jdbc.queryForObject("SELECT @@tx_isolation", String.class)).isEqualTo("READ-COMMITTED");
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND UPPER(table_name) IN ('CUSTOMER', 'ACT_RU_TASK', 'QRTZ_TRIGGERS')",
                Integer.class)).isEqualTo(3);
    }
}
