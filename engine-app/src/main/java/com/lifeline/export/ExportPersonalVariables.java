package com.lifeline.export;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** An approver's reason is free text: moved into export_decision, never into history. */
@Component
class ExportPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return Set.of(ExportVariables.DECISION_REASON);
    }
}
