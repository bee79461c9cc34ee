package com.lifeline.entry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lifeline.support.LifelineIntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes POST /api/entries over real HTTP: 10,000 random mutations of a valid entry (fields dropped,
 * nulls, wrong types, huge and odd Unicode strings, nested nulls, extra fields, arrays for objects,
 * deep nesting, broken JSON). No answer may be a 5xx, and an entry that is not accepted writes no row.
 * Accepted ones (a mutation can keep an entry valid) are counted and their rows checked.
 *
 * <p>jqwik runs outside Spring's JUnit extension, so the property joins the shared integration-test
 * context through Spring's TestContextManager (as Spring's JUnit 4 and TestNG support do). Its entrant
 * is a user of its own, in a team of its own, entering customers of region CD, which no other test
 * uses; the processes it started are deleted afterwards so no shared user's inbox fills up.
 */
@LifelineIntegrationTest
class EntryFuzzTest {

    private static final int TRIES = 10_000;
    private static final String REGION = "CD";
    private static final String ENTRANT = "fuzzsales";
    private static final String SUPERVISOR = "fuzzsup";
    private static final String PASSWORD = "Fuzz-Entrant-Pass-2026";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes documents nested deeper than Jackson's default limit: the server, not this test, must refuse them. */
    private static final ObjectMapper DEEP_JSON = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @LocalServerPort int port;

    private TestContextManager spring;
    private HttpClient http;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int accepted;
    private long started;
    private final long[] acceptedNanos = {0};
    private final long[] refusedNanos = {0};
    /** The highest row ids after the previous try, per table of {@link #TABLES}. */
    private long[] marks;

    // --- the property ------------------------------------------------------------------------------

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void noMutationOfAValidEntryIsA5xxOrWritesARowUnlessAccepted(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        int serial = SERIAL.incrementAndGet();
        byte[] body = render(validEntry(serial), mutations);
        long sent = System.nanoTime();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/entries"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ENTRANT + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        (status == 201 ? acceptedNanos : refusedNanos)[0] += System.nanoTime() - sent;
        assertThat(status).as("%s -> %s", mutations, response.body()).isLessThan(500);
        Rows written = rowsSince(marks);
        marks = written.marks();
        if (status == 201) {
            accepted++;
            int contacts = JSON.readTree(body).get("contacts").size();
            // a consent record for the customer and one per contact
            assertThat(List.of(written.customers(), written.contacts(), written.consents(), written.drafts()))
                    .as("rows of an accepted entry").containsExactly(1, contacts, 1 + contacts, 1);
        } else {
            assertThat(status).as("%s -> %s", mutations, response.body()).isIn(400, 409, 413, 415);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("errors").isArray()).isTrue();
            assertThat(error.has("existingCustomerNumber")).isEqualTo(status == 409);
            assertThat(written.none()).as("%s wrote rows: %s", mutations, written).isTrue();
        }
    }

    // --- joining the shared Spring context ---------------------------------------------------------

    @BeforeProperty
    void joinTheSharedContext() throws Exception {
        spring = new TestContextManager(EntryFuzzTest.class);
        spring.beforeTestClass();
        spring.prepareTestInstance(this);
        spring.beforeTestMethod(this, property());
        ClockUtil.reset();
        entrantWithATeamOfItsOwn();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        marks = rowsSince(new long[TABLES.length]).marks();
        started = System.nanoTime();
    }

    @AfterProperty
    void leaveNoWorkForOthers() throws Exception {
        try {
            int requests = statuses.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("EntryFuzzTest: %d requests in %d s, answers %s; ms per request: accepted %d, refused %d%n",
                    requests, Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses,
                    acceptedNanos[0] / 1_000_000 / Math.max(1, accepted),
                    refusedNanos[0] / 1_000_000 / Math.max(1, requests - accepted));
            assertThat(statuses.keySet()).allMatch(status -> status < 500);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE owner_user_id = ?", Integer.class, ENTRANT))
                    .isEqualTo(accepted);
            List<String> started = jdbc.queryForList("SELECT DISTINCT PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ IN "
                    + "(SELECT customer_number FROM customer WHERE owner_user_id = ?)", String.class, ENTRANT);
            if (!started.isEmpty()) {
                runtime.deleteProcessInstances(started, "entry fuzz test", true, true);
            }
        } finally {
            spring.afterTestMethod(this, property(), null);
            spring.afterTestClass();
        }
    }

    private static Method property() throws NoSuchMethodException {
        return EntryFuzzTest.class.getDeclaredMethod("noMutationOfAValidEntryIsA5xxOrWritesARowUnlessAccepted", List.class);
    }

    private void entrantWithATeamOfItsOwn() {
        for (String[] user : new String[][]{{ENTRANT, "sales"}, {SUPERVISOR, "supervisors"}}) {
            if (identity.createUserQuery().userId(user[0]).count() == 0) {
                User u = identity.newUser(user[0]);
                u.setFirstName("模糊");
                u.setLastName("测试");
                u.setPassword(PASSWORD);
                identity.saveUser(u);
                identity.createMembership(user[0], user[1]);
            }
            identity.unlockUser(user[0]);
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM org_member WHERE user_id = ?", Integer.class, ENTRANT) == 0) {
            jdbc.update("INSERT INTO org_department (id, name, head_user_id) VALUES ('fuzz-dept', '模糊测试部', ?)", SUPERVISOR);
            jdbc.update("INSERT INTO org_team (id, department_id, name) VALUES ('fuzz-team', 'fuzz-dept', '模糊测试组')");
            jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, 'fuzz-team', NULL)", SUPERVISOR);
            jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, 'fuzz-team', ?)", ENTRANT, SUPERVISOR);
        }
    }

    /** Rows the store gained since the marks, and the new marks (highest ids) per table. */
    record Rows(int customers, int contacts, int consents, int drafts, long[] marks) {
        boolean none() {
            return customers + contacts + consents + drafts == 0;
        }

        @Override
        public String toString() {
            return "customers " + customers + ", contacts " + contacts + ", consents " + consents + ", drafts " + drafts;
        }
    }

    private static final String[] TABLES = {"customer", "emergency_contact", "consent", "entry_draft"};

    /** Counts only rows above the marks (a range of the primary key), so each try costs the same. */
    private Rows rowsSince(long[] marks) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(TABLES[i]).append(" WHERE id > ?), ")
                    .append("(SELECT COALESCE(MAX(id), ?) FROM ").append(TABLES[i]).append(" WHERE id > ?)");
        }
        Object[] args = new Object[TABLES.length * 3];
        for (int i = 0; i < TABLES.length; i++) {
            args[3 * i] = marks[i];
            args[3 * i + 1] = marks[i];
            args[3 * i + 2] = marks[i];
        }
        return jdbc.queryForObject(sql.toString(), (rs, n) -> new Rows(rs.getInt(1), rs.getInt(3), rs.getInt(5), rs.getInt(7),
                new long[]{rs.getLong(2), rs.getLong(4), rs.getLong(6), rs.getLong(8)}), args);
    }

    // --- a valid entry and its mutations -----------------------------------------------------------

    /** Unique per serial (name, phones, email), so accepted ones are new customers, not duplicates. */
    static ObjectNode validEntry(int serial) {
        String n = String.format("%07d", serial % 10_000_000);
        String firstContact = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofHours(1)).atZone(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        ObjectNode entry = NODES.objectNode();
        entry.putObject("customer")
                .put("kind", "COMPANY").put("name", "成都模糊" + n + "科技有限公司").put("phone", "158" + "1" + n)
                .put("email", "fz" + n + "@example.com").put("region", REGION).put("province", "四川省")
                .put("city", "成都市").put("district", "高新区").put("street", "天府大道").put("streetNumber", "100号")
                .put("needs", "7x24 紧急联络").put("firstContactAt", firstContact).put("sourceType", "TRADE_SHOW")
                .put("industry", "IT").put("companySize", "SMALL").put("preferences", "工作日白天").put("tags", "模糊测试");
        ArrayNode contacts = entry.putArray("contacts");
        contacts.addObject().put("name", "甲" + n).put("relation", "BUSINESS_OWNER").put("phone", "186" + "1" + n)
                .put("scope", "服务变更").put("reachable24h", true).put("informed", true);
        contacts.addObject().put("name", "乙" + n).put("relation", "TECH_LEAD").put("phone", "187" + "1" + n)
                .put("email", "ops" + n + "@example.com").put("wechat", "wx" + n).put("scope", "技术应急").put("informed", true);
        entry.putObject("consent").put("service", true).put("emergency", true).put("marketing", false)
                .put("channel", "FORM").put("evidence", "FZ-" + n);
        return entry;
    }

    enum Kind { DROP, NULL, REPLACE, HUGE, WRAP_IN_ARRAY, NULL_ELEMENT, COPY_ELEMENT, EXTRA_FIELD, DEEP_NESTING, BROKEN_JSON }

    /** One change at one place: {@code target} picks a node of the entry as it is when the change applies. */
    record Mutation(Kind kind, int target, JsonNode value, int size) {
        @Override
        public String toString() {
            String v = value == null ? "" : " " + abbreviate(value.toString());
            return kind + "@" + target + v + (size > 0 ? " n=" + size : "");
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> target = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(
                Tuple.of(4, target.map(t -> new Mutation(Kind.DROP, t, null, 0))),
                Tuple.of(4, target.map(t -> new Mutation(Kind.NULL, t, null, 0))),
                Tuple.of(8, Combinators.combine(target, values()).as((t, v) -> new Mutation(Kind.REPLACE, t, v, 0))),
                Tuple.of(2, Combinators.combine(target, Arbitraries.integers().between(1_000, 100_000))
                        .as((t, n) -> new Mutation(Kind.HUGE, t, null, n))),
                Tuple.of(2, target.map(t -> new Mutation(Kind.WRAP_IN_ARRAY, t, null, 0))),
                Tuple.of(2, target.map(t -> new Mutation(Kind.NULL_ELEMENT, t, null, 0))),
                Tuple.of(2, Combinators.combine(target, Arbitraries.integers().between(1, 8))
                        .as((t, n) -> new Mutation(Kind.COPY_ELEMENT, t, null, n))),
                Tuple.of(1, Combinators.combine(target, fieldNames(), values())
                        .as((t, name, v) -> new Mutation(Kind.EXTRA_FIELD, t, NODES.objectNode().set(name, v), 0))),
                Tuple.of(1, Combinators.combine(target, Arbitraries.integers().between(10, 900))
                        .as((t, n) -> new Mutation(Kind.DEEP_NESTING, t, null, n))),
                Tuple.of(1, Combinators.combine(target, Arbitraries.integers().between(0, 5))
                        .as((t, n) -> new Mutation(Kind.BROKEN_JSON, t, null, n))));
        // two or more changes: most entries end up invalid, which keeps 10,000 requests quick
        return mutation.list().ofMinSize(2).ofMaxSize(5);
    }

    /** Values of every JSON type, and strings that probe the rules: odd Unicode, near-valid phones, dates, enums. */
    private static Arbitrary<JsonNode> values() {
        Arbitrary<String> probes = Arbitraries.of("", " ", "\u0000", "\t\n", "null", "true", "0", "-1", "1e400",
                "company", "COMPANY ", "INDIVIDUAL", "SH", "XX", "FORM", "TECH_LEAD", "LEGAL", "not-an-enum",
                "13800000000", "+86 138 0000 0000", "010-62345671", "62345678", "+1 650 253 0000", "12345", "phone",
                "a@b", "a@b.c", "x@example.com", "<script>alert(1)</script>", "2026-13-45T25:61", "2999-01-01T00:00",
                "1999-01-01", "2026-11-25T09:30:00+08:00", "yesterday", "🙂🙂🙂", "\u202Eevil", "\uFEFF", "\u200B",
                "上海某某科技有限公司", "张三", "3号", "门牌", "Ａ１２３", "ﾃｽﾄ", "\uD83D", "%00", "'; DROP TABLE customer; --",
                "0001-01-01T00:00", "1000-01-01", "-999999999-01-01T00:00", "+999999999-12-31T23:59",
                "\uFDFA".repeat(20) + "有限公司", "\u3392".repeat(60), "ｱ".repeat(199) + "店");
        Arbitrary<JsonNode> text = Arbitraries.oneOf(
                        probes,
                        Arbitraries.strings().all().ofMaxLength(40),
                        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(30),
                        Arbitraries.strings().numeric().ofMaxLength(20))
                .map(NODES::textNode);
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.bigDecimals().map(d -> NODES.numberNode(new BigDecimal(d.toString()))));
        Arbitrary<JsonNode> containers = Arbitraries.oneOf(
                Arbitraries.just(NODES.arrayNode()),
                Arbitraries.just(NODES.objectNode()),
                text.list().ofMaxSize(3).map(list -> NODES.arrayNode().addAll(list)),
                Combinators.combine(fieldNames(), text).as((k, v) -> NODES.objectNode().set(k, v)));
        return Arbitraries.frequencyOf(Tuple.of(6, text), Tuple.of(3, scalars), Tuple.of(2, containers));
    }

    private static Arbitrary<String> fieldNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("duplicateResolution", "action", "customerNumber", "id", "status", "owner", "customer",
                        "contacts", "consent", "__proto__", "@class", "", "kind", "phone"),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    // --- applying mutations ------------------------------------------------------------------------

    static byte[] render(ObjectNode entry, List<Mutation> mutations) {
        JsonNode root = entry;
        int broken = -1;
        int brokenAt = 0;
        for (Mutation m : mutations) {
            if (m.kind() == Kind.BROKEN_JSON) {
                broken = m.size();
                brokenAt = m.target();
                continue;
            }
            root = apply(root, m);
        }
        byte[] body = root == null ? new byte[0] : write(root);
        return broken < 0 ? body : breakJson(body, broken, brokenAt);
    }

    private static byte[] write(JsonNode root) {
        try {
            return DEEP_JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A place in the tree: the container holding it and its key or index (null container: the root). */
    private record Place(ContainerNode<?> parent, String field, int index, JsonNode node) {
    }

    private static JsonNode apply(JsonNode root, Mutation m) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(null, null, -1, root));
        collect(root, places);
        Place place = switch (m.kind()) {
            case NULL_ELEMENT, COPY_ELEMENT -> pick(places.stream().filter(p -> p.node() instanceof ArrayNode).toList(), m.target());
            case EXTRA_FIELD -> pick(places.stream().filter(p -> p.node() instanceof ObjectNode).toList(), m.target());
            default -> pick(places, m.target());
        };
        if (place == null) {
            return root;
        }
        JsonNode replacement = switch (m.kind()) {
            case DROP -> null;
            case NULL -> NODES.nullNode();
            case REPLACE -> m.value().deepCopy(); // generated values are reused by jqwik: never change them
            case HUGE -> NODES.textNode(hugeText(place.node(), m.size()));
            case WRAP_IN_ARRAY -> NODES.arrayNode().add(place.node());
            case DEEP_NESTING -> nested(m.size(), place.node());
            case NULL_ELEMENT -> ((ArrayNode) place.node()).insertNull(m.target() % (place.node().size() + 1));
            case COPY_ELEMENT -> copies((ArrayNode) place.node(), m.size());
            case EXTRA_FIELD -> ((ObjectNode) place.node()).setAll(((ObjectNode) m.value()).deepCopy());
            case BROKEN_JSON -> place.node();
        };
        if (place.parent() == null) {
            return replacement;
        }
        if (place.parent() instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(place.field());
            } else {
                object.set(place.field(), replacement);
            }
        } else {
            ArrayNode array = (ArrayNode) place.parent();
            if (replacement == null) {
                array.remove(place.index());
            } else {
                array.set(place.index(), replacement);
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                places.add(new Place(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), places);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i, array.get(i)));
                collect(array.get(i), places);
            }
        }
    }

    private static Place pick(List<Place> places, int target) {
        return places.isEmpty() ? null : places.get(target % places.size());
    }

    private static String hugeText(JsonNode node, int length) {
        String seed = node != null && node.isTextual() && !node.asText().isEmpty() ? node.asText() : "字x";
        return seed.repeat(length / seed.length() + 1).substring(0, length);
    }

    private static JsonNode nested(int depth, JsonNode inner) {
        JsonNode node = inner;
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("x", node);
        }
        return node;
    }

    private static ArrayNode copies(ArrayNode array, int times) {
        if (array.isEmpty()) {
            return array.addNull();
        }
        JsonNode first = array.get(0);
        for (int i = 0; i < times; i++) {
            array.add(first.deepCopy());
        }
        return array;
    }

    /** Bytes no JSON parser accepts as this request: cut short, invalid UTF-8, trailing junk, not JSON at all. */
    private static byte[] breakJson(byte[] body, int how, int at) {
        int cut = body.length == 0 ? 0 : at % body.length;
        return switch (how) {
            case 0 -> Arrays.copyOf(body, cut);
            case 1 -> concat(Arrays.copyOf(body, cut), new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            case 2 -> concat(body, "}}]]".getBytes(StandardCharsets.UTF_8));
            case 3 -> "customer=上海&contacts=2".getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"customer\": " + "[".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            default -> new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
