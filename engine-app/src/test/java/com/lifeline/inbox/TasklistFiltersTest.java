package com.lifeline.inbox;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@LifelineIntegrationTest
class TasklistFiltersTest {

    private static final List<String> NAMES = List.of(TasklistFilters.MINE, TasklistFilters.MY_GROUPS,
            TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE, TasklistFilters.APPROVALS);

    @Autowired TasklistFilters runner;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired InboxTestData data;

    @Test
    void startUpCreatesEachFilterOnceAndRerunningChangesNothing() {
        runner.run(new DefaultApplicationArguments());
        long count = filters.createFilterQuery().count();
        runner.run(new DefaultApplicationArguments());

        assertThat(filters.createFilterQuery().count()).isEqualTo(count);
        for (String name : NAMES) {
            List<Filter> found = filters.createFilterQuery().filterName(name).list();
            assertThat(found).as(name).hasSize(1);
            assertThat(found.get(0).getOwner()).as("shared, not a user's own").isNull();
            assertThat(found.get(0).getProperties()).containsKey("variables").containsKey(TasklistFilters.VERSION_PROPERTY);
        }
    }

    @Test
    void anOutdatedFilterIsUpdatedInPlace() {
        runner.run(new DefaultApplicationArguments());
        Filter overdue = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        Map<String, Object> old = new HashMap<>(overdue.getProperties());
        old.put(TasklistFilters.VERSION_PROPERTY, 0);
        old.put("description", "old");
        overdue.setProperties(old);
        overdue.setQuery(tasks.createTaskQuery());
        filters.saveFilter(overdue);

        runner.run(new DefaultApplicationArguments());

        Filter updated = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        assertThat(updated.getId()).isEqualTo(overdue.getId());
        assertThat(updated.getProperties().get("description")).isNotEqualTo("old");
        assertThat(updated.getProperties().get(TasklistFilters.VERSION_PROPERTY)).isEqualTo(2);
    }

    @Test
    void filtersShowTheCurrentUsersOverdueDueSoonAndApprovalTasks() {
        runner.run(new DefaultApplicationArguments());
        String user = data.newUser("flt", "pw-123456", "inbox-filter-test");
        String other = data.newUser("flt", "pw-123456");
        Instant now = Instant.now();
        Task overdue = data.assignedTask(user, "逾期任务", now.minus(Duration.ofHours(3)));
        Task dueSoon = data.assignedTask(user, "快到期任务", now.plus(Duration.ofHours(2)));
        Task later = data.assignedTask(user, "下周任务", now.plus(Duration.ofDays(10)));
        Task othersOverdue = data.assignedTask(other, "别人的逾期任务", now.minus(Duration.ofHours(3)));
        Task groupTask = data.offeredTask("inbox-filter-test", "小组任务", now.plus(Duration.ofDays(3)));
        Task groupApproval = data.approvalTask(null, "inbox-filter-test", "小组审批", now.plus(Duration.ofDays(3)));
        Task myApproval = data.approvalTask(user, null, "我的审批", now.plus(Duration.ofDays(1)));
        Task othersApproval = data.approvalTask(other, null, "别人的审批", now.plus(Duration.ofDays(1)));

        // 待我审批 is shared with everyone: the model decides who approves
        identity.setAuthentication(user, List.of("inbox-filter-test"));
        try {
            assertThat(ids(TasklistFilters.OVERDUE)).contains(overdue.getId())
                    .doesNotContain(dueSoon.getId(), later.getId(), othersOverdue.getId());
            assertThat(ids(TasklistFilters.DUE_SOON)).contains(dueSoon.getId())
                    .doesNotContain(overdue.getId(), later.getId());
            assertThat(ids(TasklistFilters.MINE)).contains(overdue.getId(), dueSoon.getId(), later.getId())
                    .doesNotContain(othersOverdue.getId());
            assertThat(ids(TasklistFilters.MY_GROUPS)).contains(groupTask.getId(), groupApproval.getId())
                    .doesNotContain(overdue.getId());
            // by the task's kind, from a model no Java names, not by its id (Task_InboxReview has no kind)
            assertThat(ids(TasklistFilters.APPROVALS)).contains(groupApproval.getId(), myApproval.getId())
                    .doesNotContain(groupTask.getId(), overdue.getId(), othersApproval.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void aTaskOfferedByNameIsClaimableAndAnEscalatedOneIsOverdue() {
        runner.run(new DefaultApplicationArguments());
        String supervisor = data.newUser("flt", "pw-123456");
        String owner = data.newUser("flt", "pw-123456");
        Instant now = Instant.now();
        Task named = data.offeredTask("inbox-test-nobody", "点名任务", now.plus(Duration.ofDays(2)));
        tasks.addCandidateUser(named.getId(), supervisor);
        // as ReviewEscalations does: the overdue task stays assigned and is offered to the supervisor
        Task escalated = data.assignedTask(owner, "已升级任务", now.minus(Duration.ofHours(5)));
        tasks.addCandidateUser(escalated.getId(), supervisor);

        identity.setAuthentication(supervisor, List.of());
        try {
            assertThat(ids(TasklistFilters.MY_GROUPS)).contains(named.getId()).doesNotContain(escalated.getId());
            assertThat(ids(TasklistFilters.OVERDUE)).contains(escalated.getId()).doesNotContain(named.getId());
            assertThat(ids(TasklistFilters.MINE)).doesNotContain(named.getId(), escalated.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> ids(String filterName) {
        String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        return filters.<Task>list(id).stream().map(Task::getId).toList();
    }
}
