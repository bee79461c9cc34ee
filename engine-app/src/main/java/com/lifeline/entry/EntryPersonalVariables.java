package com.lifeline.entry;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Every field of the entry form names or reaches a person. */
@Component
class EntryPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return EntryFormFields.KEYS;
    }
}
