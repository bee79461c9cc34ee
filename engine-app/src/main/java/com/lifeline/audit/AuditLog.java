package com.lifeline.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did what to which customer, when and from where. Records customer numbers and field names,
 * never values. Written in the caller's transaction, so a rolled-back action leaves no entry; called
 * outside one, the entry gets its own. Each entry is chained to the previous one ({@link AuditChain}).
 */
@Service
public class AuditLog {

    private final AuditChain chain;

    AuditLog(AuditChain chain) {
        this.chain = chain;
    }

    @Transactional
    public void record(String actor, AuditAction action, String customerNumber, String detail) {
        recordFrom(actor, action, customerNumber, detail, sourceIp());
    }

    /** For callers that know the address themselves (servlet filters outside Spring MVC's request scope). */
    @Transactional
    public void recordFrom(String actor, AuditAction action, String customerNumber, String detail, String sourceIp) {
        chain.append(actor == null ? "system" : truncate(actor, 64), action, customerNumber,
                detail == null ? null : truncate(detail, 500), sourceIp);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static String sourceIp() {
        String address = SourceAddressFilter.current();
        if (address != null) {
            return address;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
