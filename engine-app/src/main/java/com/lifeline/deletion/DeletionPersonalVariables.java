package com.lifeline.deletion;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The approval form's reason is free text about a customer: it is moved into the store, never into history. */
@Component
class DeletionPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return Set.of(DeletionVariables.DECISION_REASON);
    }
}
