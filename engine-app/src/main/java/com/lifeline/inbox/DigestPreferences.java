package com.lifeline.inbox;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Whether a user wants the daily digest; kept as Camunda user info, default on. */
@Component
public class DigestPreferences {

    static final String KEY = "lifeline.digest";

    private final IdentityService identity;

    DigestPreferences(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isEnabled(String userId) {
        return !"off".equals(identity.getUserInfo(userId, KEY));
    }

    public void setEnabled(String userId, boolean enabled) {
        identity.setUserInfo(userId, KEY, enabled ? "on" : "off");
    }
}
