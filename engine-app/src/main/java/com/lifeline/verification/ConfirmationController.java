package com.lifeline.verification;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** The customer's side of the signed link: a page, and the JSON it reads and posts to. No login. */
@Controller
class ConfirmationController {

    private final CustomerConfirmations confirmations;

    ConfirmationController(CustomerConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    record CorrectionRequest(String message) {
    }

    @GetMapping("/c/{token}")
    String page(@PathVariable String token) {
        return "forward:/confirm.html";
    }

    @GetMapping("/api/public/confirmations/{token}")
    @ResponseBody
    ConfirmationView view(@PathVariable String token) {
        return confirmations.view(token);
    }

    @PostMapping("/api/public/confirmations/{token}/confirm")
    ResponseEntity<Void> confirm(@PathVariable String token) {
        confirmations.confirm(token);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/public/confirmations/{token}/correction")
    ResponseEntity<Void> correction(@PathVariable String token, @RequestBody CorrectionRequest request) {
        confirmations.requestCorrection(token, request.message());
        return ResponseEntity.noContent().build();
    }
}
