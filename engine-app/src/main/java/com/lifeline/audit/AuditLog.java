package com.lifeline.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * Who did what to which customer, when and from where. Records customer numbers and field names,
 * never values. Written in the caller's transaction, so a rolled-back action leaves no entry.
 */
@Service
public class AuditLog {

    private final AuditMapper mapper;
    private final Clock clock;

    AuditLog(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String customerNumber, String detail) {
        mapper.insert(clock.instant(), actor == null ? "system" : actor, action, customerNumber, detail, sourceIp());
    }

    private static String sourceIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
