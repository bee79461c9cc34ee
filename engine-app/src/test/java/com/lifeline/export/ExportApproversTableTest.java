package com.lifeline.export;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/export-approvers.dmn as deployed, row by row at its boundaries (DOMAIN.md process 6). */
@LifelineIntegrationTest
class ExportApproversTableTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0} records: head {1}, group {2}")
    @CsvSource(nullValues = "none", value = {
            "1, false, none",
            "20, false, none",
            "21, true, none",
            "50, true, none",
            "51, true, committee",
            "100000, true, committee"})
    void theRecordCountDecidesWhoApproves(int records, boolean head, String group) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(ExportApprovers.DECISION_KEY)
                .variables(Map.of("recordCount", records)).evaluate().getSingleResult();

        assertThat((Boolean) row.getEntry("departmentHead")).isEqualTo(head);
        assertThat(row.getEntryMap().get("approverGroup")).isEqualTo(group);
    }
}
