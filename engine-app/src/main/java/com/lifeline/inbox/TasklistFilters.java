package com.lifeline.inbox;

import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tasklist ships with no filter, so a new user sees an empty inbox. The filters below are created
 * at start-up and shared (one filter per name, visible to the listed groups, not per user).
 * Re-running changes nothing; when a definition here changes, bump its {@code version} and the
 * stored filter is updated in place (same id, so users' bookmarks keep working).
 */
@Component
@Order(10)
public class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** Property holding the definition version of a filter created here. */
    static final String VERSION_PROPERTY = "lifelineVersion";

    public static final String MINE = "我的待办";
    public static final String MY_GROUPS = "我组的待办";
    public static final String DUE_SOON = "即将到期";
    public static final String OVERDUE = "已逾期";
    public static final String APPROVALS = "待我审批";

    /** Null groups: every user (authorizations are granted to all with {@code *}). */
    record Definition(String name, int version, String description, int priority, List<String> groups,
                      Supplier<TaskQuery> query) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    List<Definition> definitions() {
        return List.of(
                // 我的待办, 我组的待办 and 即将到期 each ask one indexed relation (assignee, or candidate
                // links), so they stay fast with many open tasks (bench/README.md, "Inbox at scale")
                new Definition(MINE, 3, "分配给我的任务", -10, null, () -> tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc()),
                // a candidate user query covers tasks offered to me by name and to my groups
                new Definition(MY_GROUPS, 3, "我或我所在小组可认领的任务", -5, null, () -> tasks.createTaskQuery()
                        .taskCandidateUserExpression("${currentUser()}")
                        .orderByDueDate().asc()),
                new Definition(DUE_SOON, 2, "分配给我的、一个工作日内到期且尚未逾期的任务", 0, null,
                        () -> tasks.createTaskQuery()
                                .taskAssigneeExpression("${currentUser()}")
                                .dueAfterExpression("${now()}")
                                .dueBeforeExpression("${inboxDueBounds.oneWorkingDayFromNow()}")
                                .orderByDueDate().asc()),
                // an escalation offers an overdue task, assigned or not, to a supervisor by name: it is here
                new Definition(OVERDUE, 2, "已过截止时间的任务(我的及我组的)", 5, null, () -> mineOrMyGroups()
                        .dueBeforeExpression("${now()}")
                        .orderByDueDate().asc()),
                // by the kind the model gives its task, so a new model's approvals appear with no change here;
                // shared with everyone, since the model decides who approves
                new Definition(APPROVALS, 3, "分配给我或我可处理的复核/审批任务", 10, null,
                        () -> TaskKind.of(mineOrMyGroups(), TaskKind.APPROVAL)
                                .orderByDueDate().asc()));
    }

    /**
     * Assigned to me, or offered to me by name or to one of my groups (also when assigned): the
     * engine's candidate user includes the user's groups, and works for a user in no group.
     */
    private TaskQuery mineOrMyGroups() {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}")
                .includeAssignedTasks().endOr();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        definitions().forEach(this::createOrUpdate);
    }

    private void createOrUpdate(Definition definition) {
        List<Filter> existing = filters.createFilterQuery().filterName(definition.name()).list();
        Filter filter;
        if (existing.isEmpty()) {
            filter = filters.newTaskFilter(definition.name());
            filter.setOwner(null);
        } else {
            filter = existing.get(0);
            Object stored = filter.getProperties() == null ? null : filter.getProperties().get(VERSION_PROPERTY);
            if (stored instanceof Number n && n.intValue() >= definition.version()) {
                return;
            }
            log.info("Updating Tasklist filter {} to version {}", definition.name(), definition.version());
        }
        filter.setQuery(definition.query().get());
        filter.setProperties(properties(definition));
        filter = filters.saveFilter(filter);
        grantRead(filter.getId(), definition.groups());
    }

    private static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                Map.of("name", "customerNumber", "label", "客户编号"),
                Map.of("name", "customerLabel", "label", "客户")));
        properties.put(VERSION_PROPERTY, definition.version());
        return properties;
    }

    /**
     * Sharing: only matters when authorizations are enabled; then these grants make the filter
     * visible to the groups (or to everyone), never to a single user.
     */
    private void grantRead(String filterId, List<String> groups) {
        if (groups == null) {
            grant(filterId, null);
        } else {
            groups.forEach(group -> grant(filterId, group));
        }
    }

    private void grant(String filterId, String group) {
        var query = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId);
        if (group == null) {
            query.userIdIn(Authorization.ANY);
        } else {
            query.groupIdIn(group);
        }
        if (query.count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(
                group == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        if (group == null) {
            grant.setUserId(Authorization.ANY);
        } else {
            grant.setGroupId(group);
        }
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
