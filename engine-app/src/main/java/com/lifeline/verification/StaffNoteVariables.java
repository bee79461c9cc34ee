package com.lifeline.verification;

import com.lifeline.privacy.PersonalVariables;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Staff's free-text notes from the call (call-customer form) may quote contact details. */
@Component
class StaffNoteVariables implements PersonalVariables {

    @Override
    public Set<String> personalVariableNames() {
        return Set.of("callNote");
    }
}
