package com.lifeline.org;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Staff names for messages people read, family name first ({@link PersonName}). */
@Service
public class StaffNames {

    private final IdentityService identity;

    StaffNames(IdentityService identity) {
        this.identity = identity;
    }

    /** The user's name; their user id when the user or the name is unknown. */
    public String of(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : PersonName.display(user.getFirstName(), user.getLastName());
        return name.isEmpty() ? userId : name;
    }
}
