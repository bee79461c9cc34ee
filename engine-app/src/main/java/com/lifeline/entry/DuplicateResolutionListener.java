package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Completing Resolve duplicate: the choice must be ATTACH or DIFFERENT; DIFFERENT is remembered for re-checks. */
@Component
public class DuplicateResolutionListener implements TaskListener {

    static final Set<String> CHOICES = Set.of("ATTACH", "DIFFERENT");

    private final EntryService entries;

    DuplicateResolutionListener(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateTask task) {
        Object choice = task.getVariable(EntryVariables.DUPLICATE_RESOLUTION);
        if (choice == null || !CHOICES.contains(choice.toString())) {
            throw new TaskInputException("如何处理", "请选择“并入已有客户”或“确认是不同客户”");
        }
        if ("DIFFERENT".equals(choice)) {
            entries.confirmDifferentFrom((Long) task.getVariable(EntryVariables.ENTRY_ID),
                    (String) task.getVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER));
        }
    }
}
