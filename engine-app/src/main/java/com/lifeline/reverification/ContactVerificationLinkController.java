package com.lifeline.reverification;

import com.lifeline.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The owner's "send the contact a link" ({@code POST /api/verifications/{id}/contacts/{contactId}/link}),
 * and the contact's side without login: the page {@code /c/contact/{token}} with its buttons (confirm; withdraw
 * one purpose of their own consent), and its JSON twin.
 */
@Controller
class ContactVerificationLinkController {

    private final ContactVerificationLinks links;

    ContactVerificationLinkController(ContactVerificationLinks links) {
        this.links = links;
    }

    @PostMapping("/api/verifications/{verificationId}/contacts/{contactId}/link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    void send(@PathVariable long verificationId, @PathVariable long contactId, Authentication authentication) {
        links.send(CurrentUser.of(authentication), verificationId, contactId);
    }

    @GetMapping("/api/public/contact-verifications/{token}")
    @ResponseBody
    ContactVerificationLinks.LinkView view(@PathVariable String token) {
        return links.view(token);
    }

    @PostMapping("/api/public/contact-verifications/{token}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmJson(@PathVariable String token) {
        links.confirm(token);
    }

    /** The contact withdraws one purpose of their own consent (SERVICE, EMERGENCY_NOTIFICATION, MARKETING). */
    @PostMapping("/api/public/contact-verifications/{token}/consents/{purpose}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawJson(@PathVariable String token, @PathVariable String purpose) {
        links.withdraw(token, purpose);
    }

    @GetMapping("/c/contact/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("link", links.view(token));
        model.addAttribute("token", token);
        return "contact-verification";
    }

    /** The page's button: a plain form post, no script. */
    @PostMapping("/c/contact/{token}")
    String confirm(@PathVariable String token, Model model) {
        links.confirm(token);
        return page(token, model);
    }

    /** The page's withdrawal buttons: plain form posts, no script. */
    @PostMapping("/c/contact/{token}/consents/{purpose}/withdrawal")
    String withdraw(@PathVariable String token, @PathVariable String purpose, Model model) {
        links.withdraw(token, purpose);
        model.addAttribute("withdrawn", purpose);
        return page(token, model);
    }
}
