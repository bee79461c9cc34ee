package com.lifeline.navigation;

import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entries of the navigation a user may open, and which entry guards a page. A webapp
 * (Tasklist, Cockpit, Admin) is shown as its own login decides: by Camunda's APPLICATION
 * authorizations; Lifeline's pages by the groups their entry lists.
 */
@Component
public class Navigation {

    private static final Pattern WEBAPP = Pattern.compile("^/camunda/app/([a-z]+)/");

    private final List<NavigationProperties.Entry> entries;
    private final AuthorizationService authorizations;

    Navigation(NavigationProperties properties, AuthorizationService authorizations) {
        this.entries = properties.entries();
        this.authorizations = authorizations;
    }

    public List<NavigationProperties.Entry> entriesFor(CurrentUser user) {
        return entries.stream().filter(e -> mayOpen(user, e)).toList();
    }

    /** A page under an entry's path may be opened by that entry's groups only; other paths are not guarded here. */
    public boolean mayOpen(CurrentUser user, String requestPath) {
        return guardOf(requestPath).map(e -> e.openTo(user.groupIds())).orElse(true);
    }

    Optional<NavigationProperties.Entry> guardOf(String requestPath) {
        return entries.stream()
                .filter(e -> !WEBAPP.matcher(e.path()).find())
                .filter(e -> requestPath.equals(e.path()) || requestPath.startsWith(e.path() + "/"))
                .findFirst();
    }

    private boolean mayOpen(CurrentUser user, NavigationProperties.Entry entry) {
        Matcher webapp = WEBAPP.matcher(entry.path());
        if (webapp.find()) {
            return authorizations.isUserAuthorized(user.userId(), user.groupIds(), Permissions.ACCESS,
                    Resources.APPLICATION, webapp.group(1));
        }
        return entry.openTo(user.groupIds());
    }
}
