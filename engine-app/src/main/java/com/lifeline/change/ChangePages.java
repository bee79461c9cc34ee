package com.lifeline.change;

import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.navigation.LifelinePage;
import com.lifeline.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 变更记录: a customer's history page, masked per role, within one's scope. */
@LifelinePage
class ChangePages {

    private final ChangeHistory history;

    ChangePages(ChangeHistory history) {
        this.history = history;
    }

    @GetMapping("/customers/{number}/history")
    String history(@PathVariable String number, Model model, Authentication authentication) {
        model.addAttribute("number", number);
        model.addAttribute("entries", history.of(CurrentUser.of(authentication), number));
        return "customer-history";
    }

    @ExceptionHandler(CustomerNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", "没有找到该客户,或您无权查看。");
        return "error/404";
    }
}
