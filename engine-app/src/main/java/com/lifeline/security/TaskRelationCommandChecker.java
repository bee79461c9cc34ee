package com.lifeline.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The engine's checks; for task commands also the caller's relation to the task ({@link RelatedTasksOnly}). */
class TaskRelationCommandChecker extends AuthorizationCommandChecker {

    @Override
    public void checkReadTask(TaskEntity task) {
        super.checkReadTask(task);
        related(task, Permissions.READ);
    }

    @Override
    public void checkReadTaskVariable(TaskEntity task) {
        super.checkReadTaskVariable(task);
        related(task, Permissions.READ);
    }

    @Override
    public void checkUpdateTaskVariable(TaskEntity task) {
        super.checkUpdateTaskVariable(task);
        related(task, Permissions.UPDATE);
    }

    @Override
    public void checkTaskAssign(TaskEntity task) {
        super.checkTaskAssign(task);
        related(task, Permissions.TASK_ASSIGN);
    }

    @Override
    public void checkTaskWork(TaskEntity task) {
        super.checkTaskWork(task);
        related(task, Permissions.TASK_WORK);
    }

    @Override
    public void checkDeleteTask(TaskEntity task) {
        super.checkDeleteTask(task);
        related(task, Permissions.DELETE);
    }

    private void related(TaskEntity task, Permission permission) {
        ((RelatedTasksOnly) getAuthorizationManager()).checkRelated(task, permission);
    }
}
