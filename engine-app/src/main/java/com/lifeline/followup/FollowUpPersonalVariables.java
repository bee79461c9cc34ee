package com.lifeline.followup;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The start form's free text about a customer: moved into the store by Task_RecordFollowUp, never into history. */
@Component
class FollowUpPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return Set.of(FollowUpVariables.PARTICIPANTS, FollowUpVariables.CONTENT, FollowUpVariables.NEXT_ACTION);
    }
}
