package com.lifeline.reverification;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Completing Task_VerifyContacts: every listed contact needs an outcome and how it was checked; they
 * are recorded with the verification (Task_ApplyOutcomes then applies them).
 */
@Component
public class VerificationOutcomeListener implements TaskListener {

    private final Verifications verifications;
    private final IdentityService identity;

    VerificationOutcomeListener(Verifications verifications, IdentityService identity) {
        this.verifications = verifications;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        long verificationId = (Long) task.getVariable(VerificationVariables.VERIFICATION_ID);
        List<Long> contacts = Verifications.contactIds((String) task.getVariable(VerificationVariables.CONTACT_IDS));
        List<ContactOutcome> outcomes = new ArrayList<>();
        List<CheckMethod> methods = new ArrayList<>();
        // every answer checked before any is recorded
        for (int n = 1; n <= contacts.size(); n++) {
            outcomes.add(parse(ContactOutcome.class, task.getVariable(VerificationVariables.outcomeField(n)),
                    "联系人 " + n + " 核实结果", "请选择:已确认、有变更或联系不上"));
            methods.add(parse(CheckMethod.class, task.getVariable(VerificationVariables.methodField(n)),
                    "联系人 " + n + " 核实方式", "请选择:电话或确认链接"));
        }
        verifications.answer(verificationId, contacts, outcomes, methods, worker(task));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value, String field, String message) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(field, message);
        }
    }

    /** Whoever completes it: the owner, or the supervisor after the escalation. */
    private String worker(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
