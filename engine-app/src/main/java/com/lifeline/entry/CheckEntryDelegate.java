package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Automatic checks, the only place they run: entrant's role and supervisor, format, completeness, consent,
 * duplicates. Sets entryOutcome and what the next step shows: the problems, the duplicate, or (for a REST
 * entry) the refusal its end throws.
 */
@Component
public class CheckEntryDelegate implements JavaDelegate {

    private final EntryService entries;

    CheckEntryDelegate(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clearPreviousRound(execution);
        ApiEntryRequest apiRequest = execution.getVariable(EntryVariables.API_REQUEST) instanceof ApiEntryRequest r ? r : null;
        EntryOutcome outcome = entries.check((Long) execution.getVariable(EntryVariables.ENTRY_ID), apiRequest);
        execution.setVariable(EntryVariables.OUTCOME, outcome.kind().name());
        switch (outcome.kind()) {
            case INVALID -> showProblems(execution, outcome);
            case DUPLICATE -> {
                // another team's customer: the entrant (who can read these variables) learns only that it exists
                execution.setVariable(EntryVariables.DUPLICATE_SUMMARY, outcome.duplicate().summary());
                execution.setVariable(EntryVariables.DUPLICATE_OTHER_TEAM, outcome.duplicate().otherTeam());
                if (!outcome.duplicate().otherTeam()) {
                    execution.setVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER, outcome.duplicate().customerNumber());
                }
            }
            case ATTACH -> execution.setVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER, outcome.duplicate().customerNumber());
            case REFUSED -> execution.setVariable(EntryVariables.REFUSAL, Variables.objectValue(outcome, true).create());
            case VALID -> { }
        }
    }

    private static void showProblems(DelegateExecution execution, EntryOutcome outcome) {
        Map<String, String> byFormKey = new LinkedHashMap<>();
        for (FieldProblem problem : outcome.problems()) {
            byFormKey.merge(EntryFormFields.formKeyOf(problem.field()), problem.message(), (a, b) -> a + ";" + b);
        }
        byFormKey.forEach((key, message) -> execution.setVariable(EntryVariables.PROBLEM_PREFIX + key, message));
        execution.setVariable(EntryVariables.PROBLEM_SUMMARY, "请更正以下 " + byFormKey.size() + " 处问题后重新提交:\n"
                + byFormKey.entrySet().stream()
                .map(e -> "- " + EntryFieldLabels.of(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining("\n")));
    }

    /** Problems, duplicate hints and the supervisor's comment belong to the round that was just corrected. */
    private static void clearPreviousRound(DelegateExecution execution) {
        execution.getVariableNames().stream()
                .filter(name -> name.startsWith(EntryVariables.PROBLEM_PREFIX))
                .toList()
                .forEach(execution::removeVariable);
        execution.removeVariable(EntryVariables.PROBLEM_SUMMARY);
        execution.removeVariable(EntryVariables.DUPLICATE_SUMMARY);
        execution.removeVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER);
        execution.removeVariable(EntryVariables.DUPLICATE_OTHER_TEAM);
        execution.removeVariable(EntryVariables.DUPLICATE_RESOLUTION);
        execution.removeVariable(EntryVariables.REVIEW_DECISION);
        execution.removeVariable(EntryVariables.REVIEW_COMMENT);
    }
}
