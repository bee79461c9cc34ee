package com.lifeline.directory;

import com.lifeline.customer.CustomerStatus;
import com.lifeline.customer.CustomerView;
import com.lifeline.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The customer directory's API, always within the caller's scope and masked per role. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerDirectory directory;

    CustomerController(CustomerDirectory directory) {
        this.directory = directory;
    }

    record StatusChange(CustomerStatus status, String reason) {
    }

    @GetMapping
    List<CustomerView.Summary> search(@RequestParam(name = "q", required = false) String q,
                                      @RequestParam(name = "status", required = false) CustomerStatus status,
                                      Authentication authentication) {
        return directory.search(CurrentUser.of(authentication), q, status);
    }

    @GetMapping("/{number}")
    CustomerView get(@PathVariable String number, Authentication authentication) {
        return directory.view(CurrentUser.of(authentication), number);
    }

    @PutMapping("/{number}/status")
    ResponseEntity<Void> changeStatus(@PathVariable String number, @RequestBody StatusChange change,
                                      Authentication authentication) {
        directory.changeStatus(CurrentUser.of(authentication), number, change.status(), change.reason());
        return ResponseEntity.noContent().build();
    }
}
