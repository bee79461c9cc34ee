package com.lifeline.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entries the benchmarks send to POST /api/entries: real data, distinct per serial (1 to 9999). */
final class BenchEntries {

    static final String ENTRANT = "sales1";
    static final String ENTRANT_PASSWORD = "Demo-Pass-2026";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchEntries() {
    }

    static HttpRequest request(String baseUrl, int serial, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", customer(serial, region));
        body.put("contacts", contacts(serial));
        body.put("consent", new ConsentPart(true, true, false, "FORM", "F-BENCH-" + serial));
        try {
            return HttpRequest.newBuilder(URI.create(baseUrl + "/api/entries"))
                    .header("Authorization", basic(ENTRANT, ENTRANT_PASSWORD))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A Guangzhou-style company whose name, phone and email no other benchmark entry shares. */
    private static CustomerPart customer(int n, String region) {
        String serial = String.format("%04d", n);
        return new CustomerPart("COMPANY", "广州基准" + n + "贸易有限公司", "+86 20 8" + serial + "777",
                "bench" + n + "@example.com", region, "广东省", "广州市", "天河区", "天河路", n + "号",
                "需要7x24紧急联络服务", "2026-11-25T09:30", "TRADE_SHOW", "IT", "SMALL", null, null, null);
    }

    private static List<ContactPart> contacts(int n) {
        String serial = String.format("%05d", n);
        return List.of(
                new ContactPart("陈" + n, "BUSINESS_OWNER", "139" + serial + "123", null, null, "可决定服务变更",
                        true, true),
                new ContactPart("林" + n, "TECH_LEAD", "136" + serial + "987", "benchops" + n + "@example.com",
                        null, "可决定技术应急处置", false, true));
    }
}
