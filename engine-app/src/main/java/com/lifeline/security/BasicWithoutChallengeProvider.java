package com.lifeline.security;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * /engine-rest's HTTP Basic without the {@code WWW-Authenticate} challenge, so that a browser never
 * shows its password prompt (scripts send credentials unasked). Spring Security already refused
 * missing or wrong credentials before this runs; see {@link LoginEntryPoint}.
 */
public class BasicWithoutChallengeProvider extends HttpBasicAuthenticationProvider {

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // no challenge
    }
}
