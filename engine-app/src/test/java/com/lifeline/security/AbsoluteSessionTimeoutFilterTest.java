package com.lifeline.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AbsoluteSessionTimeoutFilterTest {

    static final long NOW = 1_800_000_000_000L;

    void run(long sessionAge, HttpSession session) throws Exception {
        when(session.getCreationTime()).thenReturn(NOW - sessionAge);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new AbsoluteSessionTimeoutFilter(Duration.ofHours(8), () -> NOW)
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void aSessionOlderThanTheLimitEndsHoweverActive() throws Exception {
        HttpSession old = mock(HttpSession.class);
        run(Duration.ofHours(8).plusMinutes(1).toMillis(), old);
        verify(old).invalidate();
    }

    @Test
    void aYoungerSessionLives() throws Exception {
        HttpSession young = mock(HttpSession.class);
        run(Duration.ofHours(7).toMillis(), young);
        verify(young, never()).invalidate();
    }
}
