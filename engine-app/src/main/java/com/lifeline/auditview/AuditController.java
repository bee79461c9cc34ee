package com.lifeline.auditview;

import com.lifeline.audit.AuditSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for compliance (法务/合规) only: search and the chain check. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAuthority('GROUP_compliance')")
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    /** from / to: yyyy-MM-dd (whole days; to is inclusive) or yyyy-MM-ddTHH:mm[:ss] (to exclusive), server time. */
    @GetMapping
    AuditSearch.Page search(@RequestParam(required = false) String actor,
                            @RequestParam(required = false) String customerNumber,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(defaultValue = "0") int page,
                            Authentication authentication) {
        return search.search(new AuditSearch.Filters(actor, customerNumber, action, from, to, page),
                authentication.getName());
    }

    @GetMapping("/verify")
    AuditSearch.Verification verify() {
        return search.verify();
    }
}
