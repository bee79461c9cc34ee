package com.lifeline.directory;

import com.lifeline.change.ChangeReason;
import com.lifeline.change.CustomerChanges;
import com.lifeline.contactcare.ContactConsents;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerStatus;
import com.lifeline.customer.CustomerView;
import com.lifeline.deletion.DeletionReason;
import com.lifeline.deletion.DeletionRequests;
import com.lifeline.followup.FollowUpMethod;
import com.lifeline.followup.FollowUps;
import com.lifeline.navigation.LifelinePage;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Clock;
import java.util.List;

/**
 * 客户目录: search and open customers within one's scope, masked per role; status changes, deletion
 * requests (删除申请) and follow-ups (跟进记录), through the API, where allowed.
 */
@LifelinePage
class CustomerPages {

    private final CustomerDirectory directory;
    private final CustomerChanges changes;
    private final DeletionRequests deletions;
    private final FollowUps followUps;
    private final ContactConsents contactCare;
    private final Clock clock;

    CustomerPages(CustomerDirectory directory, DeletionRequests deletions, FollowUps followUps, CustomerChanges changes,
                  ContactConsents contactCare, Clock clock) {
        this.changes = changes;
        this.directory = directory;
        this.deletions = deletions;
        this.followUps = followUps;
        this.contactCare = contactCare;
        this.clock = clock;
    }

    @GetMapping("/customers")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerStatus status,
                  Model model, Authentication authentication) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CustomerStatus.values());
        try {
            model.addAttribute("results", directory.search(CurrentUser.of(authentication), q, status));
        } catch (InvalidRequestException e) {
            model.addAttribute("results", List.of());
            model.addAttribute("problem", e.getMessage());
        }
        return "customers";
    }

    /** The directory's address before it had the shared header. */
    @GetMapping("/customers.html")
    String formerAddress() {
        return "redirect:/customers";
    }

    @GetMapping("/customers/{number}")
    String customer(@PathVariable String number, Model model, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        CustomerView customer = directory.view(user, number);
        model.addAttribute("customer", customer);
        model.addAttribute("statusChanges", directory.statusChangesFor(user, customer.status()));
        model.addAttribute("contactCare", contactCare.pageFor(user.userId(), number));
        model.addAttribute("deletionReasons", deletions.mayRequest(user, number) ? DeletionReason.values() : new DeletionReason[0]);
        model.addAttribute("followUps", followUps.of(user, number));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("changeReasons", changes.mayChange(user.userId(), number) ? ChangeReason.values() : new ChangeReason[0]);
        model.addAttribute("followUpMethods", followUps.mayRecord(user, number) ? FollowUpMethod.values() : new FollowUpMethod[0]);
        return "customer";
    }

    /** Outside the caller's scope, a customer is "not found", as in the API. */
    @ExceptionHandler(CustomerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", "没有找到该客户,或您无权查看。");
        return "error/404";
    }
}
