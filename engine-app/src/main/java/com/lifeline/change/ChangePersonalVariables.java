package com.lifeline.change;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/** The change form's fields and the call note reach persons: moved into the store, never into history. */
@Component
class ChangePersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        Set<String> names = new HashSet<>(ChangeFormFields.KEYS);
        names.add(ChangeVariables.CALL_NOTE);
        return Set.copyOf(names);
    }
}
