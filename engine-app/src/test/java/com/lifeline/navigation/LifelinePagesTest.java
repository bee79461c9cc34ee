package com.lifeline.navigation;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.phone.PhoneNumbers;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lifeline's pages: the shared header per role, phones as people write them, statuses in Chinese, guarded pages. */
@LifelineIntegrationTest
class LifelinePagesTest {

    private static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;

    private String number;
    private String primaryPhone;

    @BeforeEach
    void aCustomerOfSales1() {
        EntrySubmission entry = EntryExamples.company();
        ResponseEntity<JsonNode> created = rest.withBasicAuth("sales1", PASSWORD)
                .postForEntity("/api/entries", entry, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        number = created.getBody().get("customerNumber").asText();
        primaryPhone = "+86" + entry.contacts().get(0).phone();
    }

    @Test
    void aManagerSeesTheDirectoryWithTheSharedHeaderAndPhonesAsWritten() {
        String page = page("mgr1", "/customers/" + number);

        assertThat(page).contains("任务箱", "客户目录", "刘洋", "退出", "待复核", "<dd title=\"sales1\">李明</dd>");
        assertThat(page).doesNotContain("审计", ">PENDING_REVIEW<");
        assertThat(page).contains(PhoneNumbers.display(primaryPhone)).doesNotContain(primaryPhone);
        assertThat(PhoneNumbers.display(primaryPhone)).matches("1\\d\\d \\d{4} \\d{4}");
    }

    @Test
    void serviceStaffSeeMaskedPhonesAndNoStatusChange() {
        String page = page("service1", "/customers/" + number);

        String masked = primaryPhone.substring(3, 6) + "****" + primaryPhone.substring(primaryPhone.length() - 4);
        assertThat(page).contains(masked).doesNotContain(PhoneNumbers.display(primaryPhone));
        assertThat(page).doesNotContain("修改状态").doesNotContain("data-deletion-request");
    }

    @Test
    void theOwnersChainMayMarkContactsUnreachableAndWithdrawTheirConsentServiceMayNot() {
        assertThat(page("sales1", "/customers/" + number)).contains("data-contact-unreachable", "标记联系不上",
                "data-consent-withdrawal", "data-purpose=\"EMERGENCY_NOTIFICATION\"", "撤回紧急通知", "data-consent-renewal")
                .doesNotContain("撤回营销");
        assertThat(page("service1", "/customers/" + number)).doesNotContain("data-contact-unreachable", "data-consent-withdrawal",
                "data-consent-renewal");
    }

    @Test
    void theOwnersChainIsOfferedTheDeletionRequest() {
        assertThat(page("sales1", "/customers/" + number)).contains("<h2>删除申请</h2>", "data-deletion-request",
                "value=\"INVALID_DATA\"", "客户本人要求删除");
        assertThat(page("mgr1", "/customers/" + number)).contains("data-deletion-request");
    }

    @Test
    void theCustomerPageListsFollowUpsAndOffersTheFormToThoseWhoMayRecord() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String followUp = "{\"occurredAt\": \"2026-11-30T10:00\", \"method\": \"VISIT\", \"participants\": \"客户行政主管\","
                + " \"content\": \"" + "上门拜访客户,确认两名紧急联系人均可联系,客户计划下季度扩大合作范围,并在年底前增加一名夜间值班联系人以便应急。" + "\"}";
        assertThat(rest.withBasicAuth("service1", PASSWORD).exchange("/api/customers/" + number + "/follow-ups", HttpMethod.POST,
                new HttpEntity<>(followUp, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(page("sales1", "/customers/" + number)).contains("<h2>跟进记录</h2>", "上门拜访", "客户行政主管",
                "title=\"service1\">陈静</td>", "data-follow-up", "2026-11-30 10:00");
        assertThat(page("steward1", "/customers/" + number)).contains("客户行政主管").doesNotContain("data-follow-up");
    }

    @Test
    void theQualityPageShowsTheFiguresToManagersAndNotToSales() {
        assertThat(page("mgr1", "/quality")).contains("数据质量", "必填字段填写率", "全部", "上海销售部");
        assertThat(rest.withBasicAuth("sales1", PASSWORD).getForEntity("/quality", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDirectorySearchesWithinScope() {
        assertThat(page("sup1", "/customers?q=" + number)).contains(number, "title=\"sales1\">李明</td>");
        // the search box repeats what was asked: no link to the customer is what counts
        assertThat(page("sales2", "/customers?q=" + number)).doesNotContain("/customers/" + number)
                .contains("没有找到您有权查看的客户");
        ResponseEntity<String> outside = rest.withBasicAuth("sales2", PASSWORD).getForEntity("/customers/" + number, String.class);
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(outside.getBody()).contains("没有找到该客户").doesNotContain(number + " ")
                .contains("客户目录", "王芳", "退出"); // the header stays: the user can move on
    }

    @Test
    void pagesOpenOnlyForTheGroupsTheirEntryLists() {
        assertThat(page("compliance1", "/audit")).contains("审计日志", "校验哈希链");
        assertThat(rest.withBasicAuth("compliance1", PASSWORD).getForEntity("/customers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> refused = rest.withBasicAuth("service1", PASSWORD)
                .exchange("/audit", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("无权访问", "客户目录", "陈静", "退出").doesNotContain(">审计<");
    }

    @Test
    void requestersSeeTheirExportsOthersAreRefused() {
        assertThat(page("sales1", "/exports")).contains("我的导出", "密码只在生成时显示一次", "李明");
        assertThat(rest.withBasicAuth("compliance1", PASSWORD).getForEntity("/exports", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tasklistsNavigationListsWhatTheUserMayOpen() {
        assertThat(navigation("service1")).containsExactly("tasklist", "customers");
        assertThat(navigation("compliance1")).containsExactly("tasklist", "audit");
        assertThat(navigation("admin")).contains("cockpit", "admin").doesNotContain("audit");
        assertThat(navigation("sales1")).containsExactly("tasklist", "customers", "exports");
    }

    private String page(String user, String path) {
        String password = "admin".equals(user) ? "Lifeline-Admin-2026" : PASSWORD;
        ResponseEntity<String> response = rest.withBasicAuth(user, password).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> navigation(String user) {
        String password = "admin".equals(user) ? "Lifeline-Admin-2026" : PASSWORD;
        JsonNode entries = rest.withBasicAuth(user, password).getForObject("/api/me/navigation", JsonNode.class);
        List<String> ids = new java.util.ArrayList<>();
        entries.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }
}
