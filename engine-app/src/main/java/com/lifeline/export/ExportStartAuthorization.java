package com.lifeline.export;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** lifeline.export.requesters may start export-approval from Tasklist (after the app's own grants, security). */
@Component
@Order(21)
class ExportStartAuthorization implements ApplicationRunner {

    private final AuthorizationService authorizations;
    private final ExportProperties properties;

    ExportStartAuthorization(AuthorizationService authorizations, ExportProperties properties) {
        this.authorizations = authorizations;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String group : properties.requesters()) {
            Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).resourceId(ExportVariables.PROCESS_KEY)
                    .singleResult();
            if (grant == null) {
                grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(Resources.PROCESS_DEFINITION);
                grant.setResourceId(ExportVariables.PROCESS_KEY);
            } else if (grant.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
                continue;
            }
            grant.addPermission(ProcessDefinitionPermissions.READ);
            grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(grant);
        }
    }
}
