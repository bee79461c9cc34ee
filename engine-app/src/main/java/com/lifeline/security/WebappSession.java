package com.lifeline.security;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.Optional;

/**
 * The login of an HTTP session, as the Camunda webapps keep it: session attribute
 * "authenticatedUser" holding {@link Authentications} (one per engine; Lifeline has one engine).
 * This is THE login of the app: Tasklist, Cockpit, Admin and Lifeline's pages read it.
 */
final class WebappSession {

    static final String AUTHENTICATIONS = "authenticatedUser";

    private WebappSession() {
    }

    static Optional<UserAuthentication> login(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            if (session.getAttribute(AUTHENTICATIONS) instanceof Authentications auths) {
                return auths.getAuthentications().stream().findFirst();
            }
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
