package com.lifeline.dormancy;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The check form's note is free text about a customer: moved into the store, never into history. */
@Component
class DormancyPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return Set.of(DormancyVariables.NOTE);
    }
}
