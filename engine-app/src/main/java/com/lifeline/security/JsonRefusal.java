package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.web.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Refusals written by filters, in the body every /api error has. */
final class JsonRefusal {

    private JsonRefusal() {
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiError.of(null, message));
    }
}
