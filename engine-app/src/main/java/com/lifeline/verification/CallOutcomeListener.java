package com.lifeline.verification;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Completing Call the customer: the outcome and a note are required; a confirmation by phone is recorded, for the contacts too. */
@Component
public class CallOutcomeListener implements TaskListener {

    private static final Set<String> OUTCOMES = Set.of("CONFIRMED", "CORRECTION", "UNREACHABLE");

    private final CustomerConfirmations confirmations;
    private final int maxNote;

    CallOutcomeListener(CustomerConfirmations confirmations, VerificationProperties limits) {
        this.confirmations = confirmations;
        this.maxNote = limits.callNoteMaxLength();
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("callOutcome");
        Object note = task.getVariable("callNote");
        if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
            throw new TaskInputException("通话结果", "请选择通话结果");
        }
        if (note == null || note.toString().isBlank() || note.toString().length() > maxNote) {
            throw new TaskInputException("通话记录", "必填,最多 " + maxNote + " 个字符");
        }
        if ("CONFIRMED".equals(outcome)) {
            confirmations.confirmedByCall((Long) task.getVariable("confirmationId"), task.getAssignee());
        }
    }
}
