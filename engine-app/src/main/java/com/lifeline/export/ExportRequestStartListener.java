package com.lifeline.export;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.ClientError;
import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Tasklist's start form (export-request): the same checks and selection as POST /api/exports; the form's
 * text leaves the engine for export_request. A request the API started carries its id and passes through.
 */
@Component
public class ExportRequestStartListener implements ExecutionListener {

    /** the start form's fields */
    static final List<String> FORM_FIELDS = List.of("purpose", "safeguards", "periodDays", "usage", "fields", "region",
            "status", "tags", "unmask");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportRequests requests;
    private final IdentityService identity;

    ExportRequestStartListener(ExportRequests requests, IdentityService identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(ExportVariables.REQUEST_ID)) {
            return;
        }
        String requester = (String) execution.getVariable(ExportVariables.REQUESTED_BY);
        if (requester == null || requester.isBlank()) {
            throw new TaskInputException("申请人", "请登录后在 Tasklist 中提交申请");
        }
        CurrentUser user = new CurrentUser(requester, identity.createGroupQuery().groupMember(requester).list().stream()
                .map(Group::getId).toList());
        NewExport asked = new NewExport(new NewExport.Filter(text(execution, "region"), null, null,
                text(execution, "status"), text(execution, "tags"), null, null), fields(execution.getVariable("fields")),
                text(execution, "purpose"), text(execution, "usage"), days(execution.getVariable("periodDays")),
                text(execution, "safeguards"), "CSV", Boolean.TRUE.equals(execution.getVariable("unmask")));
        ExportRequest request;
        try {
            request = requests.register(user, asked);
        } catch (RuntimeException e) {
            if (e instanceof ClientError refused) {
                throw new TaskInputException(refused.field() == null ? "导出申请" : refused.field(), refused.message());
            }
            throw e;
        }
        FORM_FIELDS.forEach(execution::removeVariable);
        execution.setProcessBusinessKey("export-" + request.id());
        execution.setVariable(ExportVariables.REQUEST_ID, request.id());
        execution.setVariable(ExportVariables.RECORD_COUNT, request.recordCount());
        requests.attachProcess(request.id(), execution.getProcessInstanceId());
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A checklist submits a JSON array (a Spin value) or a list. */
    private static List<String> fields(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        try {
            return JSON.readValue(value.toString(), new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw new TaskInputException("fields", "请选择要导出的字段");
        }
    }

    private static Integer days(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,4}")) {
            return Integer.parseInt(text.strip());
        }
        return value == null ? null : -1;
    }
}
