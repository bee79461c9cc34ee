package com.lifeline.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10's newcomer journey clicked in a real Chromium: the directory's 修改 opens the change form
 * in Tasklist, a contact's phone is changed with a reason, the customer's emailed link shows it masked
 * and confirms it, and the history page shows before and after. Run:
 * {@code bash .ci/browser.sh -Dtest=ChangeJourneyTest}.
 */
@LifelineIntegrationTest
@Tag("browser")
class ChangeJourneyTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/c/change/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    CustomerService customers;

    private Chromium browser;

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.shot(99, "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
            browser.close();
        }
    }

    @Test
    void theOwnerChangesAContactsPhoneFromTheDirectoryAndTheCustomerConfirmsIt() throws Exception {
        EntrySubmission entry = EntryExamples.company();
        String number = activeCustomerOfSales1(entry);
        String oldPhone = "+86" + entry.contacts().get(0).phone();
        String newPhone = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
        String masked = newPhone.substring(0, 3) + "****" + newPhone.substring(7);

        browser = new Chromium(port);
        browser.loginToTasklist("sales1");
        browser.open("/customers/" + number);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), number));
        WebElement changeForm = browser.driver.findElement(By.cssSelector("form[data-change-start]"));
        browser.scrollTo(changeForm);
        new Select(changeForm.findElement(By.name("reason"))).selectByValue("CUSTOMER_REQUEST");
        browser.shot(81, "sales1-customer-page-change-reason");
        changeForm.findElement(By.cssSelector("button[type=submit]")).click();

        // the page starts customer-change and opens its task in Tasklist, the form filled with today's values
        WebElement phone = formField("c1Phone");
        browser.wait.until(d -> !phone.getAttribute("value").isBlank());
        assertThat(browser.currentPath()).startsWith(Chromium.TASKLIST);
        phone.clear();
        phone.sendKeys(newPhone);
        browser.shot(82, "sales1-change-form-new-phone");
        // a long form: the button sits under Tasklist's footer until it is scrolled to
        WebElement complete = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
        browser.scrollTo(complete);
        browser.wait.until(ExpectedConditions.elementToBeClickable(complete)).click();

        // a key field: nothing changes until the customer confirms
        MimeMessage mail = await().atMost(Chromium.WAIT).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> subject(m).contains("请确认资料变更 " + number))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(contactPhones(number)).contains(oldPhone).doesNotContain("+86" + newPhone);
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("link in the confirmation email").isTrue();

        browser.open(link.group(1));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "请确认资料变更"));
        assertThat(browser.bodyText()).contains(masked).doesNotContain(newPhone);
        browser.shot(83, "customer-change-confirmation-page");
        browser.driver.findElement(By.xpath("//button[normalize-space()='确认']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "变更已生效"));
        assertThat(contactPhones(number)).contains("+86" + newPhone).doesNotContain(oldPhone);

        browser.open("/customers/" + number + "/history");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ll-table tbody tr")));
        assertThat(browser.bodyText()).contains("电话", "客户要求", oldPhone, "+86" + newPhone);
        browser.shot(84, "sales1-history-before-after");
    }

    /** Entered by sales1 through the REST API and approved by sup1: ACTIVE, so a phone change needs the customer. */
    private String activeCustomerOfSales1(EntrySubmission entry) {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("sales1", Chromium.PASSWORD)
                .postForEntity("/api/entries", entry, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("customerNumber").asText();
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_SupervisorReview").singleResult();
        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
        return number;
    }

    private WebElement formField(String key) {
        WebElement element = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-Field_" + key + "']")));
        browser.scrollTo(element);
        return element;
    }

    private List<String> contactPhones(String number) {
        return customers.contactsOf(customers.byNumber(number).id()).stream().map(EmergencyContact::phone).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
