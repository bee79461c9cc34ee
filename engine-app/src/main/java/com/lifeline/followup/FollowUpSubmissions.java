package com.lifeline.followup;

import com.lifeline.customer.NotAllowedException;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

import static com.lifeline.followup.FollowUpVariables.*;

/**
 * REST and the customer page take the Tasklist path: they start follow-up.bpmn as the user, with the start
 * form's fields, and Task_RecordFollowUp stores it (or refuses it) in the same transaction.
 */
@Service
class FollowUpSubmissions {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final FollowUps followUps;

    FollowUpSubmissions(RuntimeService runtime, IdentityService identity, FollowUps followUps) {
        this.runtime = runtime;
        this.identity = identity;
        this.followUps = followUps;
    }

    @Transactional
    FollowUp submit(CurrentUser user, String customerNumber, NewFollowUp given) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(CUSTOMER_NUMBER, customerNumber);
        fields.put(OCCURRED_AT, given.occurredAt());
        fields.put(METHOD, given.method());
        fields.put(PARTICIPANTS, given.participants());
        fields.put(CONTENT, given.content());
        fields.put(NEXT_ACTION_ON, given.nextActionOn());
        fields.put(NEXT_ACTION, given.nextAction());
        identity.setAuthentication(user.userId(), user.groupIds());
        try {
            Object id = runtime.createProcessInstanceByKey(PROCESS_KEY).setVariables(fields)
                    .executeWithVariablesInReturn().getVariables().get(FOLLOW_UP_ID);
            return followUps.find((Long) id);
        } catch (AuthorizationException e) {
            // no CREATE_INSTANCE on follow-up: the grant follows lifeline.follow-up.recorders
            throw new NotAllowedException("您的角色不能记录跟进");
        } finally {
            identity.clearAuthentication();
        }
    }
}
