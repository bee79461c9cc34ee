package com.lifeline.navigation;

import com.lifeline.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Which entries of the navigation a user may open, and which entry guards a page. */
@Component
public class Navigation {

    private final List<NavigationProperties.Entry> entries;

    Navigation(NavigationProperties properties) {
        this.entries = properties.entries();
    }

    public List<NavigationProperties.Entry> entriesFor(CurrentUser user) {
        return entries.stream().filter(e -> e.openTo(user.groupIds())).toList();
    }

    /** A page under an entry's path may be opened by that entry's groups only; other paths are not guarded here. */
    public boolean mayOpen(CurrentUser user, String requestPath) {
        return guardOf(requestPath).map(e -> e.openTo(user.groupIds())).orElse(true);
    }

    Optional<NavigationProperties.Entry> guardOf(String requestPath) {
        return entries.stream()
                .filter(e -> !e.path().startsWith("/camunda/"))
                .filter(e -> requestPath.equals(e.path()) || requestPath.startsWith(e.path() + "/"))
                .findFirst();
    }
}
