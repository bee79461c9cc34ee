package com.lifeline.auditview;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditSearch;
import com.lifeline.navigation.LifelinePage;
import com.lifeline.web.InvalidRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计: compliance users search the log and check its hash chain (guarded by its navigation entry). */
@LifelinePage
class AuditPage {

    private final AuditSearch search;

    AuditPage(AuditSearch search) {
        this.search = search;
    }

    /** The page's address before it had the shared header. */
    @GetMapping("/audit.html")
    String formerAddress() {
        return "redirect:/audit";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String customerNumber,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "false") boolean verify, Model model, Authentication authentication) {
        AuditSearch.Filters filters = new AuditSearch.Filters(actor, customerNumber, action, from, to, page);
        model.addAttribute("filters", filters);
        model.addAttribute("actions", AuditAction.values());
        if (verify) {
            model.addAttribute("verification", search.verify());
        }
        try {
            model.addAttribute("result", search.search(filters, authentication.getName()));
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e);
        }
        return "audit";
    }
}
