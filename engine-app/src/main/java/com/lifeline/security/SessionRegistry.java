package com.lifeline.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live HTTP session of this node (Boot registers this listener with the container), so that
 * disabling a user can end their sessions at once. The webapps keep their login in the session
 * attribute "authenticatedUser" ({@link Authentications}); Spring Security, if a session is used,
 * under SPRING_SECURITY_CONTEXT. In-memory and per node: sticky sessions or one node are assumed.
 */
@Component
public class SessionRegistry implements HttpSessionListener {

    static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Invalidates every session of the user; returns how many. */
    public int invalidateAll(String userId) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                if (belongsTo(session, userId)) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session.getId());
            }
        }
        return ended;
    }

    static boolean belongsTo(HttpSession session, String userId) {
        if (session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications auths) {
            for (UserAuthentication auth : auths.getAuthentications()) {
                if (userId.equals(auth.getIdentityId())) {
                    return true;
                }
            }
        }
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() != null
                && userId.equals(context.getAuthentication().getName());
    }
}
