package com.lifeline.designer;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * For process designers (group {@code designers}, enforced in SecurityConfiguration): deploy models and
 * forms edited in the Modeler. {@code POST} with multipart {@code files} (.bpmn/.dmn/.form) deploys them
 * together with the packaged rest; with no files it redeploys what the app packages. Running instances
 * stay on their version; see docs/designers.md for migrating them.
 */
@RestController
@RequestMapping("/api/designer/deployments")
class DesignerDeploymentController {

    private final DesignerDeployments deployments;

    DesignerDeploymentController(DesignerDeployments deployments) {
        this.deployments = deployments;
    }

    @PostMapping
    DesignerDeployments.Result deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                                      Authentication user) throws IOException {
        List<DesignerDeployments.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    uploads.add(new DesignerDeployments.Upload(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        return deployments.deploy(user.getName(), uploads);
    }
}
