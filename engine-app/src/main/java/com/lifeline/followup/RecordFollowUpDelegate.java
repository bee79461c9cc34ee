package com.lifeline.followup;

import com.lifeline.customer.NotAllowedException;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import static com.lifeline.followup.FollowUpVariables.*;

/**
 * Task_RecordFollowUp: the start form's fields (Tasklist or REST, as the user who started) into the store,
 * in the start's transaction; a refused field rolls the start back. Only ids and the reminder's date stay.
 */
@Component
public class RecordFollowUpDelegate implements JavaDelegate {

    private final FollowUps followUps;
    private final IdentityService identity;
    private final FollowUpProperties properties;
    private final Clock clock;

    RecordFollowUpDelegate(FollowUps followUps, IdentityService identity, FollowUpProperties properties, Clock clock) {
        this.followUps = followUps;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new NotAllowedException("跟进记录须由登录的员工填写");
        }
        CurrentUser user = new CurrentUser(current.getUserId(),
                current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds()));
        NewFollowUp given = new NewFollowUp(text(execution, OCCURRED_AT), text(execution, METHOD),
                text(execution, PARTICIPANTS), text(execution, CONTENT), text(execution, NEXT_ACTION_ON),
                text(execution, NEXT_ACTION));
        execution.removeVariables(List.of(PARTICIPANTS, CONTENT, NEXT_ACTION));
        FollowUp saved = followUps.record(user, text(execution, CUSTOMER_NUMBER), given);
        execution.setVariable(CUSTOMER_NUMBER, saved.customerNumber());
        execution.setVariable(FOLLOW_UP_ID, saved.id());
        execution.setVariable(HAS_NEXT_ACTION, saved.nextActionOn() != null);
        if (saved.nextActionOn() != null) {
            execution.setVariable(NEXT_ACTION_DUE, Date.from(saved.nextActionOn().atTime(properties.reminderAt())
                    .atZone(clock.getZone()).toInstant()));
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
