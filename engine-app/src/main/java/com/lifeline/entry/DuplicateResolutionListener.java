package com.lifeline.entry;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Completing Resolve duplicate: ATTACH or DIFFERENT for a customer the entrant may change; OFFER (to
 * its owner) or DIFFERENT for another team's customer (the form's second choice field, whose answer
 * becomes duplicateResolution for the gateway). DIFFERENT is remembered for re-checks.
 */
@Component
public class DuplicateResolutionListener implements TaskListener {

    static final Set<String> CHOICES = Set.of("ATTACH", "DIFFERENT");
    static final Set<String> OTHER_TEAM_CHOICES = Set.of("OFFER", "DIFFERENT");

    private final EntryService entries;

    DuplicateResolutionListener(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean otherTeam = Boolean.TRUE.equals(task.getVariable(EntryVariables.DUPLICATE_OTHER_TEAM));
        Object choice = task.getVariable(otherTeam ? EntryVariables.OTHER_TEAM_RESOLUTION : EntryVariables.DUPLICATE_RESOLUTION);
        if (otherTeam && (choice == null || !OTHER_TEAM_CHOICES.contains(choice.toString()))) {
            throw new TaskInputException("如何处理", "请选择“交给该客户的负责人确认”或“确认是不同客户”");
        }
        if (otherTeam) {
            task.getExecution().removeVariable(EntryVariables.OTHER_TEAM_RESOLUTION);
            task.getExecution().setVariable(EntryVariables.DUPLICATE_RESOLUTION, choice);
        }
        if (!otherTeam && (choice == null || !CHOICES.contains(choice.toString()))) {
            throw new TaskInputException("如何处理", "请选择“并入已有客户”或“确认是不同客户”");
        }
        if ("DIFFERENT".equals(choice)) {
            entries.confirmDifferentFrom((Long) task.getVariable(EntryVariables.ENTRY_ID),
                    otherTeam ? null : (String) task.getVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER));
        }
    }
}
