package com.lifeline.export;

import com.lifeline.customer.CustomerService;
import com.lifeline.customer.DeletionHold;
import com.lifeline.customer.ErasureStep;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An open export keeps its customers from deletion; the erasure takes the customer out of every export and its file. */
@LifelineIntegrationTest
class ExportHoldTest {

    @Autowired
    ExportTestSupport support;
    @Autowired
    ExportArchives archives;
    @Autowired
    ExportProperties properties;
    @Autowired
    CustomerService customers;
    @Autowired
    List<DeletionHold> holds;
    @Autowired
    List<ErasureStep> erasure;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOpenExportHoldsItsCustomersAndTheErasureRemovesThemAndTheFile() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        long customerId = customers.byNumber(support.enter(sales, 1, tag, false).get(0)).id();
        ExportRequest request = support.request(sales, tag, List.of("customerNumber", "name"), false);

        assertThat(holds.stream().map(h -> h.reasonToKeep(customerId)).flatMap(Optional::stream).toList())
                .anyMatch(reason -> reason.contains("导出 " + request.id()));

        archives.make(sales.userId(), request.id());
        Path file = ExportTestSupport.file(properties, support.reload(request));
        assertThat(file).exists();
        ErasureStep step = erasure.stream().filter(s -> s.category().equals("export_items")).findFirst().orElseThrow();

        assertThat(step.erase(customerId)).isEqualTo(1);

        assertThat(file).doesNotExist();
        assertThat(support.reload(request).status()).isEqualTo(ExportStatus.EXPIRED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_item WHERE customer_id = ?", Integer.class, customerId))
                .isZero();
    }
}
