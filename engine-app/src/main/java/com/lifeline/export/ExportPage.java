package com.lifeline.export;

import com.lifeline.navigation.LifelinePage;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的导出: the caller's exports, the archive to make (password shown once) and to download (guarded by its navigation entry). */
@LifelinePage
class ExportPage {

    private final ExportRequests requests;
    private final ExportProperties properties;

    ExportPage(ExportRequests requests, ExportProperties properties) {
        this.requests = requests;
        this.properties = properties;
    }

    @GetMapping("/exports")
    String exports(Model model, Authentication authentication) {
        model.addAttribute("exports", requests.of(authentication.getName()));
        model.addAttribute("downloadLimit", properties.downloadLimit());
        return "exports";
    }
}
