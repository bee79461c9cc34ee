package com.lifeline.audit;

import com.lifeline.navigation.LifelinePage;
import com.lifeline.web.InvalidRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
    String audit(@ModelAttribute("filters") AuditSearch.Filters filters, boolean verify, Model model,
                 Authentication authentication) {
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
