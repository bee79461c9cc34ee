package com.lifeline.auditview;

import com.lifeline.audit.AuditAction;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** Chinese labels of stored action names for the audit page ({@code ${@auditLabels.of(e.action)}}). */
@Component("auditLabels")
class AuditLabels {

    public String of(String action) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action))
                .map(AuditAction::label).findFirst().orElse(action);
    }
}
