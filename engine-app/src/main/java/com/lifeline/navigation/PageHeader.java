package com.lifeline.navigation;

import com.lifeline.org.StaffNames;
import com.lifeline.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

/**
 * What every Lifeline page's header shows: the user's navigation, which entry is open, who is logged
 * in. Templates ask for it ({@code ${@pageHeader.current()}} in fragments/page.html) rather than
 * controllers adding it, so error pages (403, 404) keep the user's navigation and logout too.
 */
@Component("pageHeader")
public class PageHeader {

    public record Header(List<NavigationProperties.Entry> entries, String currentId, String userName) {
    }

    private final Navigation navigation;
    private final StaffNames names;

    PageHeader(Navigation navigation, StaffNames names) {
        this.navigation = navigation;
        this.names = names;
    }

    /** The header for the request being rendered; null without a login (the header then links to the login only). */
    public Header current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        CurrentUser user = CurrentUser.of(authentication);
        String current = navigation.guardOf(request().getRequestURI()).map(NavigationProperties.Entry::id).orElse(null);
        return new Header(navigation.entriesFor(user), current, names.of(user.userId()));
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
