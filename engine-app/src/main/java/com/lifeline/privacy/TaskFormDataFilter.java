package com.lifeline.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds store-held form values to a task's form variables as Tasklist loads them
 * ({@code GET …/task/{id}/form-variables}). Only a response the engine already allowed (200) is
 * extended, so whoever may not open the task sees nothing more.
 */
@Component
public class TaskFormDataFilter extends OncePerRequestFilter {

    private static final Pattern FORM_VARIABLES =
            Pattern.compile("^/(?:camunda/api/engine/engine/[^/]+|engine-rest)/task/([^/]+)/form-variables$");

    private final TaskService tasks;
    private final IdentityService identity;
    private final List<TaskFormData> providers;
    private final ObjectMapper json;

    TaskFormDataFilter(TaskService tasks, IdentityService identity, List<TaskFormData> providers, ObjectMapper json) {
        this.tasks = tasks;
        this.identity = identity;
        this.providers = providers;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() == HttpServletResponse.SC_OK) {
            Matcher matcher = FORM_VARIABLES.matcher(path(request));
            if (matcher.matches()) {
                extend(captured, matcher.group(1));
            }
        }
        captured.copyBodyToResponse();
    }

    /**
     * The engine already allowed this user to open the task (200); the lookups below (task, process
     * variables) run as the system, with no authentication, so they need no extra grants such as
     * READ_INSTANCE on the process definition, which would show staff every instance.
     */
    private void extend(ContentCachingResponseWrapper captured, String taskId) throws IOException {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            extendAsSystem(captured, taskId);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void extendAsSystem(ContentCachingResponseWrapper captured, String taskId) throws IOException {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        Map<String, Object> values = providers.stream()
                .filter(p -> p.taskDefinitionKeys().contains(task.getTaskDefinitionKey()))
                .findFirst()
                .map(p -> p.valuesFor(task))
                .orElse(Map.of());
        if (values.isEmpty()) {
            return;
        }
        ObjectNode variables = (ObjectNode) json.readTree(captured.getContentAsByteArray());
        values.forEach((key, value) -> {
            ObjectNode variable = variables.putObject(key);
            variable.put("type", value instanceof Boolean ? "Boolean" : "String");
            variable.putPOJO("value", value);
            variable.putObject("valueInfo");
        });
        captured.resetBuffer();
        captured.getOutputStream().write(json.writeValueAsBytes(variables));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
