package com.lifeline.inbox;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tasklist ships with no filter, so a new user sees an empty inbox. These are created once at
 * start-up and shared by everyone; re-running changes nothing.
 */
@Component
class TasklistFilters implements ApplicationRunner {

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("我的待办", "分配给我或点名由我处理的任务", -10, tasks.createTaskQuery()
                .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}")
                .includeAssignedTasks().endOr());
        create("我组的待办", "我所在小组可认领的任务", -5, tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    }

    private void create(String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        filters.saveFilter(filter);
    }
}
