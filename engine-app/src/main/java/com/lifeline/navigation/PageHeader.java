package com.lifeline.navigation;

import com.lifeline.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** What every Lifeline page's header shows: the user's navigation, which entry is open, who is logged in. */
@ControllerAdvice(annotations = LifelinePage.class)
class PageHeader {

    record Header(List<NavigationProperties.Entry> entries, String currentId, String userName) {
    }

    private final Navigation navigation;
    private final IdentityService identities;

    PageHeader(Navigation navigation, IdentityService identities) {
        this.navigation = navigation;
        this.identities = identities;
    }

    @ModelAttribute("header")
    Header header(Authentication authentication, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(authentication);
        String current = navigation.guardOf(request.getRequestURI()).map(NavigationProperties.Entry::id).orElse(null);
        return new Header(navigation.entriesFor(user), current, displayName(user.userId()));
    }

    /** Family name first, as Chinese users write names: 李明. */
    private String displayName(String userId) {
        User user = identities.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
