package com.lifeline.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.phone.PhoneNumbers;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login for the whole app (issue 14), clicked in a real Chromium: a login to Tasklist opens
 * Lifeline's pages from the navigation in Tasklist's header, their 退出 ends it for both, and each
 * role's navigation offers only what it may open. Run: {@code bash .ci/browser.sh -Dtest=NavigationJourneyTest}.
 */
@LifelineIntegrationTest
@Tag("browser")
class NavigationJourneyTest {

    /** Tasklist's header links from scripts/lifeline-navigation.js. */
    private static final By TASKLIST_NAV = By.cssSelector("[cam-widget-header] .lifeline-nav a.lifeline-nav-link");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    private final List<Chromium> browsers = new ArrayList<>();
    private Chromium browser;

    @AfterEach
    void closeBrowsers(TestInfo test) {
        if (browser != null) {
            browser.shot(99, "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        }
        browsers.forEach(Chromium::close);
        browsers.clear();
    }

    @Test
    void aManagerLogsInOnceMovesToTheDirectoryAndLogsOutOfBoth() throws Exception {
        EntrySubmission entry = EntryExamples.company();
        String number = entryBySales1(entry);
        String contactPhone = PhoneNumbers.display("+86" + entry.contacts().get(0).phone());
        assertThat(contactPhone).matches("1\\d\\d \\d{4} \\d{4}");

        openBrowser();
        browser.loginToTasklist("mgr1");
        assertThat(tasklistNavigation()).contains("任务箱", "客户目录").doesNotContain("审计");
        browser.shot(41, "mgr1-tasklist-header-navigation");

        browser.clickFresh(By.xpath("//a[contains(@class,'lifeline-nav-link') and normalize-space()='客户目录']"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main.ll-main h1")));
        assertThat(browser.currentPath()).isEqualTo("/customers"); // no detour over a login page
        assertThat(browser.driver.findElements(By.cssSelector("form[name=signinForm]"))).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("客户目录");
        assertThat(pageNavigation()).contains("任务箱", "客户目录").doesNotContain("审计");
        assertThat(browser.driver.findElement(By.cssSelector(".ll-nav a.current")).getText()).isEqualTo("客户目录");
        assertThat(browser.driver.findElement(By.cssSelector(".ll-user")).getText()).contains("刘洋", "退出");
        assertThat(browser.driver.findElements(By.cssSelector(".ll-table tbody tr"))).isNotEmpty();
        browser.shot(42, "mgr1-customers");

        WebElement search = browser.driver.findElement(By.cssSelector(".ll-toolbar input[name=q]"));
        search.sendKeys(number);
        browser.driver.findElement(By.cssSelector(".ll-toolbar button[type=submit]")).click();
        browser.clickFresh(By.xpath("//table[contains(@class,'ll-table')]//a[normalize-space()='" + number + "']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), number));
        assertThat(browser.currentPath()).isEqualTo("/customers/" + number);
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).contains(entry.customer().name());
        assertThat(contactPhones()).contains(contactPhone);
        assertThat(browser.bodyText()).doesNotContain("+86" + entry.contacts().get(0).phone());
        browser.shot(43, "mgr1-customer-detail");

        browser.driver.findElement(By.cssSelector(".ll-user button[data-logout]")).click();
        browser.waitForLoginForm();
        assertThat(browser.currentPath()).startsWith(Chromium.TASKLIST);
        browser.shot(44, "mgr1-logged-out");

        browser.open("/customers");
        browser.waitForLoginForm(); // the session is gone: the directory sends the browser to the login page
        assertThat(browser.currentPath()).startsWith(Chromium.TASKLIST);
        assertThat(browser.driver.findElements(By.cssSelector("main.ll-main"))).isEmpty();
        browser.shot(45, "customers-after-logout-asks-for-login");
    }

    @Test
    void serviceStaffSeeTheDirectoryButNotTheAudit() throws Exception {
        openBrowser();
        browser.loginToTasklist("service1");
        assertThat(tasklistNavigation()).contains("任务箱", "客户目录").doesNotContain("审计");
        browser.shot(51, "service1-tasklist-header-navigation");

        browser.open("/audit");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "无权访问"));
        assertThat(browser.currentPath()).isEqualTo("/audit");
        // the refusal keeps the user's header: the directory is one click away, and so is 退出
        assertThat(pageNavigation()).contains("任务箱", "客户目录").doesNotContain("审计");
        assertThat(browser.driver.findElement(By.cssSelector(".ll-user")).getText()).contains("陈静", "退出");
        browser.shot(52, "service1-audit-refused");
    }

    @Test
    void complianceOpensTheAuditFromTasklistsHeader() throws Exception {
        openBrowser();
        browser.loginToTasklist("compliance1");
        assertThat(tasklistNavigation()).contains("任务箱", "审计").doesNotContain("客户目录");

        browser.clickFresh(By.xpath("//a[contains(@class,'lifeline-nav-link') and normalize-space()='审计']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "审计日志"));
        assertThat(browser.currentPath()).isEqualTo("/audit");
        assertThat(browser.driver.findElement(By.cssSelector(".ll-nav a.current")).getText()).isEqualTo("审计");
        assertThat(browser.bodyText()).contains("共 ").contains(" 条");
        browser.shot(61, "compliance1-audit");
    }

    @Test
    void aPageOpenedWithoutLoginReturnsAfterTheLoginWhichOffersThePasswordChange() throws Exception {
        openBrowser();
        browser.open("/audit");
        browser.waitForLoginForm();
        assertThat(browser.currentPath()).startsWith(Chromium.TASKLIST);
        WebElement passwordChange = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".lifeline-password-link a")));
        assertThat(passwordChange.getAttribute("href")).isEqualTo(browser.url("/password.html"));
        browser.shot(71, "login-offers-password-change");

        browser.submitLogin("compliance1");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "审计日志"));
        assertThat(browser.currentPath()).isEqualTo("/audit");
        browser.shot(72, "compliance1-back-on-the-audit");

        // remembered once: the next login to Tasklist stays in Tasklist
        browser.driver.findElement(By.cssSelector(".ll-user button[data-logout]")).click();
        browser.waitForLoginForm();
        browser.submitLogin("compliance1");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a")));
        assertThat(browser.currentPath()).startsWith(Chromium.TASKLIST);
    }

    private void openBrowser() throws java.io.IOException {
        browser = new Chromium(port);
        browsers.add(browser);
    }

    /** A customer of sales1's (mgr1 heads sales1's department), entered through the REST API. */
    private String entryBySales1(EntrySubmission entry) {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("sales1", Chromium.PASSWORD)
                .postForEntity("/api/entries", entry, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("customerNumber").asText();
    }

    /** The labels of the navigation the plugin renders into Tasklist's header, once it has loaded them. */
    private List<String> tasklistNavigation() {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(TASKLIST_NAV));
        return texts(TASKLIST_NAV);
    }

    private List<String> pageNavigation() {
        return texts(By.cssSelector("header.ll-header .ll-nav a"));
    }

    private List<String> contactPhones() {
        return texts(By.xpath("//h2[normalize-space()='紧急联系人']/following-sibling::table[1]//td[contains(@class,'ll-phone')]"));
    }

    private List<String> texts(By locator) {
        return browser.driver.findElements(locator).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
