package com.lifeline.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Task access by relation instead of one grant row per task: a user works on the tasks assigned to,
 * owned by or offered to them (or their groups), within what their groups are granted on the task's
 * process definition ({@link CamundaAuthorizations}).
 *
 * <p>Why: the engine's per-task grants made every inbox query join all of a user's grant rows, which
 * grow with the open tasks (bench/README.md, "Inbox at scale"). With grants per definition a user's
 * grant set stays a few rows; the relation that the per-task rows used to carry is checked by
 * {@link RelatedTasksOnly} (task queries, filters) and {@link TaskRelationCommandChecker} (commands).
 */
@Component
public class TaskAccessPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NoPerTaskGrants());
        configuration.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new TaskRelationCommandChecker())));
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new RelatedTasksOnly();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
