package com.lifeline.inbox;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user's own digest switch. */
@RestController
@RequestMapping("/api/me/digest")
class DigestController {

    record DigestSetting(boolean enabled) {
    }

    private final DigestPreferences preferences;

    DigestController(DigestPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    DigestSetting get(Authentication authentication) {
        return new DigestSetting(preferences.isEnabled(authentication.getName()));
    }

    @PutMapping
    DigestSetting put(Authentication authentication, @RequestBody DigestSetting setting) {
        preferences.setEnabled(authentication.getName(), setting.enabled());
        return new DigestSetting(preferences.isEnabled(authentication.getName()));
    }
}
