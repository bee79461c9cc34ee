package com.lifeline.deletion;

import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Customers to delete (entered by sales1, department head mgr1) and the steps of their deletion. */
@Component
class DeletionTestSupport {

    static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    private final EntrySubmissions submissions;
    private final CustomerService customers;
    private final DeletionRequests requests;
    private final TaskService tasks;
    private final ManagementService management;

    DeletionTestSupport(EntrySubmissions submissions, CustomerService customers, DeletionRequests requests,
                        TaskService tasks, ManagementService management) {
        this.submissions = submissions;
        this.customers = customers;
        this.requests = requests;
        this.tasks = tasks;
        this.management = management;
    }

    String enter(EntrySubmission entry) {
        return submissions.submit(entry, null, SALES1).customerNumber();
    }

    String enterPerson() {
        return enter(EntryExamples.person());
    }

    long idOf(String number) {
        return customers.byNumber(number).id();
    }

    DeletionRequest requestBySales1(String number) {
        return requests.request(SALES1, number, "INVALID_DATA", "客户资料经核实无效,客户已不存在", DeletionSource.API);
    }

    Task approvalTask(DeletionRequest request) {
        return tasks.createTaskQuery().processInstanceId(requests.find(request.id()).processInstanceId())
                .taskDefinitionKey("Task_ApproveDeletion").singleResult();
    }

    void decide(DeletionRequest request, String decision) {
        tasks.complete(approvalTask(request).getId(), Map.of("deletionDecision", decision,
                "decisionReason", "APPROVE".equals(decision) ? "依据充分,同意删除" : "仍有未结合同,暂不删除"));
    }

    /** The erasure runs as its own job (asyncBefore): run it as the job executor would. */
    void runErasureJob(DeletionRequest request) {
        Job job = management.createJobQuery().processInstanceId(requests.find(request.id()).processInstanceId())
                .activityId("Task_EraseCustomer").singleResult();
        management.executeJob(job.getId());
    }

    DeletionRequest reload(DeletionRequest request) {
        return requests.find(request.id());
    }
}
