package com.lifeline.entry;

import com.lifeline.phone.PhoneNumbers;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor's review form shows the record as staff read it: phones as people write them. */
@LifelineIntegrationTest
class ReviewFormTest {

    @Autowired
    EntryTestSupport support;
    @Autowired
    TaskService tasks;
    @Autowired
    EntryTaskFormData formData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReviewSummaryWritesPhonesAsPeopleDo() {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        String summary = (String) formData.valuesFor(review).get("reviewSummary");

        PhoneNumbers phones = new PhoneNumbers("CN");
        String customerPhone = PhoneNumbers.display(phones.canonical(entry.customer().phone()).orElseThrow());
        String contactPhone = PhoneNumbers.display(phones.canonical(entry.contacts().get(0).phone()).orElseThrow());
        assertThat(customerPhone).startsWith("021-");
        assertThat(summary).contains(customerPhone).contains(contactPhone).doesNotContain("+86");
    }
}
