package com.lifeline.export;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import java.util.Map;

/**
 * Who approves an export of {@code recordCount} records: processes/export-approvers.dmn (the thresholds
 * and the committee's group are the table's, edited in Camunda Modeler). The department head is the
 * requester's, from the org chart (the model's assignee expression).
 */
@Service
class ExportApprovers {

    static final String DECISION_KEY = "export-approvers";

    private final DecisionService decisions;
    private final ExportRequests requests;

    ExportApprovers(DecisionService decisions, ExportRequests requests) {
        this.decisions = decisions;
        this.requests = requests;
    }

    record Approvers(boolean departmentHead, String committeeGroup) {
    }

    Approvers decide(long requestId, int recordCount) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Map.of("recordCount", recordCount)).evaluate().getSingleResult();
        // an empty output cell leaves the entry out of the result
        String group = (String) row.getEntryMap().get("approverGroup");
        Approvers approvers = new Approvers(Boolean.TRUE.equals(row.getEntry("departmentHead")),
                group == null || group.isBlank() ? null : group);
        requests.setApprovers(requestId, approvers.departmentHead(), approvers.committeeGroup());
        return approvers;
    }
}
