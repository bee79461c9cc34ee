package com.lifeline.export;

import com.lifeline.customer.CustomerSummary;
import com.lifeline.org.StaffNames;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approval form's summary, read from the store when it opens: count, fields, purpose, period,
 * safeguards, earlier decisions and a masked sample of the first rows (never in the engine).
 */
@Component
class ExportTaskFormData implements TaskFormData {

    private final RuntimeService runtime;
    private final ExportRequests requests;
    private final ExportRows rows;
    private final ExportMapper mapper;
    private final ExportProperties properties;
    private final StaffNames names;

    ExportTaskFormData(RuntimeService runtime, ExportRequests requests, ExportRows rows, ExportMapper mapper,
                       ExportProperties properties, StaffNames names) {
        this.runtime = runtime;
        this.requests = requests;
        this.rows = rows;
        this.mapper = mapper;
        this.properties = properties;
        this.names = names;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(ExportDecisionListener.HEAD_TASK, ExportDecisionListener.COMMITTEE_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        ExportRequest request = requests.find((Long) runtime.getVariable(task.getExecutionId(), ExportVariables.REQUEST_ID));
        return Map.of("exportSummary", summary(request));
    }

    String summary(ExportRequest request) {
        List<ExportField> columns = request.columns();
        StringBuilder md = new StringBuilder();
        md.append("**导出 ").append(request.id()).append(":").append(request.recordCount()).append(" 条客户资料**\n\n");
        md.append("- 申请人:").append(names.of(request.requestedBy())).append("\n");
        md.append("- 范围:").append(CustomerSummary.escape(request.filterSummary())).append("\n");
        md.append("- 字段:").append(String.join("、", columns.stream().map(ExportField::header).toList())).append("\n");
        md.append("- 用途:").append(CustomerSummary.escape(request.purpose())).append("\n");
        md.append("- 使用期限:").append(request.periodDays()).append(" 天(到期文件自动删除,最多下载 ")
                .append(properties.downloadLimit()).append(" 次)\n");
        md.append("- 保护措施:").append(CustomerSummary.escape(request.safeguards())).append("\n");
        md.append("- 电话和邮箱:").append(request.unmaskRequested() ? "申请人要求不脱敏" : "脱敏").append("\n");
        List<String> decisions = mapper.decisionsOf(request.id());
        if (!decisions.isEmpty()) {
            md.append("- 已有审批:").append(String.join("、", decisions)).append("\n");
        }
        md.append("\n**样例(前 ").append(properties.sampleRows()).append(" 条,脱敏)**\n\n");
        md.append("| ").append(String.join(" | ", columns.stream().map(ExportField::header).toList())).append(" |\n");
        md.append("|").append(" --- |".repeat(columns.size())).append("\n");
        for (List<String> row : rows.sample(request, properties.sampleRows())) {
            md.append("| ").append(String.join(" | ", row.stream().map(CustomerSummary::escape).toList())).append(" |\n");
        }
        return md.toString();
    }
}
