package com.lifeline.change;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The customer's page behind a change link (no login): the changed key fields masked, 确认 and 不对. */
@Controller
class ChangeConfirmationController {

    private final ChangeConfirmations confirmations;

    ChangeConfirmationController(ChangeConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping("/c/change/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("change", confirmations.view(token));
        return "change-confirm";
    }

    @PostMapping("/c/change/{token}/confirm")
    String confirm(@PathVariable String token, Model model) {
        confirmations.confirm(token);
        model.addAttribute("answer", "感谢您的确认,变更已生效。");
        return "change-answered";
    }

    @PostMapping("/c/change/{token}/refuse")
    String refuse(@PathVariable String token, @RequestParam(required = false) String remark, Model model) {
        confirmations.refuse(token, remark);
        model.addAttribute("answer", "已收到您的说明,变更不会生效,您的客户经理会与您联系。");
        return "change-answered";
    }

    @ExceptionHandler(ChangeLinkRefusedException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String refused(Model model) {
        model.addAttribute("answer", "链接无效或已过期。");
        return "change-answered";
    }
}
