package com.lifeline.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions of a user, on every node: sessions live in the database (Spring Session JDBC)
 * and are indexed by user id ({@link FindByIndexNameSessionRepository#PRINCIPAL_NAME_INDEX_NAME},
 * set at the webapps' login by {@link WebappLoginGuard}). Ending them there ends them everywhere.
 */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Marks the session as the user's, so {@link #endAll} finds it. */
    static void index(HttpSession session, String userId) {
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, userId);
    }

    /** Deletes every session of the user; returns how many. */
    public int endAll(String userId) {
        var ids = sessions.findByPrincipalName(userId).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
