package com.lifeline.contactcare;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The replacement form names a person and their phone: moved into the store, never into history. */
@Component
class ReplacementPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return ReplacementVariables.FORM_KEYS;
    }
}
