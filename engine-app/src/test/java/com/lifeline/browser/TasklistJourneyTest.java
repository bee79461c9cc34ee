package com.lifeline.browser;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer-entry journey as people click it: a real headless Chromium (Debian's
 * /usr/bin/chromium through /usr/bin/chromedriver) drives Tasklist on the app started by Spring.
 * Screenshots of every step land in {@code target/browser-journey/}. Run: {@code bash .ci/browser.sh}.
 */
@LifelineIntegrationTest
@Tag("browser")
class TasklistJourneyTest {

    private static final Duration WAIT = Chromium.WAIT;
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Chromium> browsers = new ArrayList<>();
    private Chromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowsers(TestInfo test) {
        if (browser != null) {
            shot(99, "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        }
        browsers.forEach(Chromium::close);
        browsers.clear();
    }

    @Test
    void salesEntersSupervisorApprovesCustomerConfirms() throws Exception {
        int n = (int) (System.nanoTime() % 9000) + 1000;
        String name = "上海浏览器测试" + n + "科技有限公司";
        String email = "browser" + n + "@example.com";

        openBrowser();
        login("sales1", 1);
        startCustomerEntry(2);
        fillEntry(name, "021-6" + n + "888", email, "139" + n + "1234", "137" + n + "5678");
        shot(3, "entry-form-filled");
        submitStartForm();
        shot(4, "entry-submitted");

        String number = await().atMost(WAIT).until(
                () -> jdbc.queryForList("SELECT customer_number FROM customer WHERE name = ?", String.class, name),
                rows -> rows.size() == 1).get(0);
        assertThat(status(number)).isEqualTo("PENDING_REVIEW");

        openBrowser(); // a fresh browser session: nothing of sales1's login is left
        login("sup1", 5);
        openMyInbox();
        openTask("主管复核", number);
        // staff names family name first (张伟, not "伟 张"): user menu, task list entry, task header
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "张伟"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("张伟").doesNotContain("伟 张");
        shot(6, "supervisor-review-task");
        chooseRadio("reviewDecision", "通过");
        shot(7, "supervisor-approves");
        completeTask();
        await().atMost(WAIT).until(() -> status(number), "ACTIVE"::equals);
        shot(8, "supervisor-completed");

        MimeMessage mail = await().atMost(WAIT).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> recipients(m).contains(email))
                .findFirst(), Optional::isPresent).orElseThrow();
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("link in the confirmation email").isTrue();

        driver.get(base() + link.group(1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(driver.findElement(By.id("name")).getText()).isEqualTo(name);
        shot(9, "customer-confirmation-page");
        driver.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已确认"));
        shot(10, "customer-confirmed");
        assertThat(jdbc.queryForObject("""
                SELECT cc.status FROM customer_confirmation cc JOIN customer c ON c.id = cc.customer_id
                 WHERE c.customer_number = ?""", String.class, number)).isEqualTo("CONFIRMED");
    }

    @Test
    void badPhoneIsShownNextToTheFieldAndNothingIsStored() throws Exception {
        int n = (int) (System.nanoTime() % 9000) + 1000;
        String name = "上海错号测试" + n + "科技有限公司";

        openBrowser();
        login("sales1", 21);
        startCustomerEntry(22);
        fillEntry(name, "12345", "badphone" + n + "@example.com", "139" + n + "4321", "137" + n + "8765");
        shot(23, "bad-phone-form-filled");
        submitStartForm();
        shot(24, "bad-phone-submitted");

        openMyInbox();
        openTask("更正录入", null);
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-form-field-error') and contains(., '不是有效的手机或座机号码')]")));
        scrollTo(problem);
        shot(25, "bad-phone-correction-task");
        assertThat(field("customerName").getAttribute("value")).isEqualTo(name); // this entry's task
        WebElement phone = field("customerPhone");
        assertThat(phone.getAttribute("value")).isEqualTo("12345");
        // the problem text sits right under the phone field
        assertThat((Boolean) js().executeScript(
                "return arguments[0].closest('.fjs-layout-row').nextElementSibling.contains(arguments[1]);",
                phone, problem)).isTrue();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("不是有效的手机或座机号码");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name = ?", Integer.class, name)).isZero();
    }

    // --- browser --------------------------------------------------------------------------------

    private void openBrowser() throws IOException {
        browser = new Chromium(port);
        browsers.add(browser);
        driver = browser.driver;
        wait = browser.wait;
    }

    private String base() {
        return browser.url("");
    }

    private void login(String user, int step) {
        browser.loginToTasklist(user);
        shot(step, user + "-logged-in");
    }

    private void startCustomerEntry(int step) {
        clickFresh(By.cssSelector(".start-process-action a"));
        By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='客户录入']");
        wait.until(ExpectedConditions.elementToBeClickable(process));
        shot(step, "start-process-dialog");
        clickFresh(process);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal [id$='-Field_customerName']")));
    }

    private void fillEntry(String name, String phone, String email, String primaryPhone, String backupPhone) {
        choose("kind", "企业");
        type("customerName", name);
        type("customerPhone", phone);
        type("customerEmail", email);
        choose("region", "上海");
        type("needs", "需要7x24紧急联络服务");
        // an hour ago in the browser's zone: in the past, and not a late entry (24 h)
        LocalDateTime firstContact = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1);
        dateTime("firstContactAt", firstContact.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
                firstContact.format(DateTimeFormatter.ofPattern("HH:mm")));
        choose("sourceType", "展会现场");
        choose("industry", "信息技术");
        type("province", "上海市");
        type("city", "上海市");
        type("district", "浦东新区");
        type("street", "张江路");
        type("streetNumber", "88号");
        type("primaryName", "王浏览");
        choose("primaryRelation", "业务负责人");
        type("primaryPhone", primaryPhone);
        type("primaryScope", "可决定服务变更");
        check("primaryReachable24h");
        check("primaryInformed");
        type("backupName", "赵浏览");
        choose("backupRelation", "技术主管");
        type("backupPhone", backupPhone);
        type("backupScope", "可决定技术应急处置");
        check("backupInformed");
        check("consentService");
        check("consentEmergency");
        choose("consentChannel", "书面表单");
        type("consentEvidence", "F-2026-B" + name.hashCode());
    }

    private void submitStartForm() {
        WebElement submit = driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
        submit.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }

    private void openMyInbox() {
        clickFresh(By.xpath("//*[contains(@class,'task-filter')]/h4/a[starts-with(normalize-space(),'我的待办')]"));
    }

    private void clickFresh(By locator) {
        browser.clickFresh(locator);
    }

    private void openTask(String taskName, String contains) {
        String xpath = "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'" + taskName + "')"
                + (contains == null ? "" : " and contains(normalize-space(.),'" + contains + "')") + "]";
        clickFresh(By.xpath(xpath));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task] .fjs-form, .task-details .fjs-form, .fjs-form")));
    }

    private void completeTask() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        complete.click();
    }

    // --- form-js fields (by key: the components' ids are Field_<key>) ------------------------------

    private WebElement field(String key) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-Field_" + key + "']")));
        scrollTo(element);
        return element;
    }

    private void type(String key, String value) {
        WebElement input = field(key);
        input.clear();
        input.sendKeys(value);
    }

    private void check(String key) {
        WebElement box = field(key);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** form-js 1.8 selects are a custom dropdown: open it and click the option with this label. */
    private void choose(String key, String label) {
        WebElement display = field(key + "-display");
        display.click();
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']")));
        option.click();
    }

    private void chooseRadio(String key, String label) {
        WebElement radio = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//input[@type='radio' and contains(@id,'-Field_" + key + "')]/ancestor::label[normalize-space()='" + label + "']"
                        + " | //label[normalize-space()='" + label + "' and .//input[@type='radio']]")));
        radio.click();
    }

    private void dateTime(String key, String date, String time) {
        WebElement dateInput = field(key + "-date");
        dateInput.sendKeys(date, Keys.ENTER);
        WebElement timeInput = field(key + "-time");
        timeInput.sendKeys(time, Keys.ENTER);
    }

    // --- evidence --------------------------------------------------------------------------------

    private void scrollTo(WebElement element) {
        browser.scrollTo(element);
    }

    private JavascriptExecutor js() {
        return browser.js();
    }

    private void shot(int step, String what) {
        browser.shot(step, what);
    }

    private String status(String number) {
        return jdbc.queryForObject("SELECT status FROM customer WHERE customer_number = ?", String.class, number);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            return "";
        }
    }
}
