package com.lifeline.navigation;

import com.lifeline.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The entries Tasklist's header shows the logged-in user (scripts/lifeline-navigation.js). */
@RestController
class NavigationController {

    record Link(String id, String label, String href) {
    }

    private final Navigation navigation;

    NavigationController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/api/me/navigation")
    List<Link> navigation(Authentication authentication) {
        return navigation.entriesFor(CurrentUser.of(authentication)).stream()
                .map(e -> new Link(e.id(), e.label(), e.path())).toList();
    }
}
