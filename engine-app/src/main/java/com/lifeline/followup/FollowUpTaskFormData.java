package com.lifeline.followup;

import com.lifeline.customer.CustomerSummary;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/** The reminder's form shows the follow-up and its next action, read from the store when it opens. */
@Component
class FollowUpTaskFormData implements TaskFormData {

    static final String REMINDER_TASK = "Task_FollowUpReminder";

    private final RuntimeService runtime;
    private final FollowUps followUps;
    private final Clock clock;

    FollowUpTaskFormData(RuntimeService runtime, FollowUps followUps, Clock clock) {
        this.runtime = runtime;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(REMINDER_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        FollowUp f = followUps.find((Long) runtime.getVariable(task.getExecutionId(), FollowUpVariables.FOLLOW_UP_ID));
        return Map.of("followUpSummary", "**客户 " + f.customerNumber() + " 的后续行动(" + f.nextActionOn() + ")**\n\n"
                + "- 后续行动:" + CustomerSummary.escape(f.nextAction()) + "\n"
                + "- 上次跟进:" + LocalDateTime.ofInstant(f.occurredAt(), clock.getZone()).toString().replace('T', ' ')
                + "," + f.methodLabel() + "\n"
                + "- 内容:" + CustomerSummary.escape(f.content()) + "\n\n"
                + "完成后续行动后,请在客户页面记录一次新的跟进,再完成此任务。");
    }
}
