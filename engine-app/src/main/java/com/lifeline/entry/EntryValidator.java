package com.lifeline.entry;

import com.lifeline.consent.ConsentChannel;
import com.lifeline.consent.NewConsent;
import com.lifeline.contact.ContactRelation;
import com.lifeline.contact.NewContact;
import com.lifeline.customer.CompanySize;
import com.lifeline.customer.CustomerDetails;
import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.CustomerRecord;
import com.lifeline.customer.Industry;
import com.lifeline.customer.NameKeys;
import com.lifeline.customer.SourceType;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.phone.PhoneNumbers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server-side rules for a new customer entry, the same for the Tasklist form and the REST
 * API. Every problem names its field and says what is wrong, never what was typed.
 */
@Component
public class EntryValidator {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}$");
    private static final Pattern UNSAFE = Pattern.compile("[<>\\p{Cntrl}&&[^\\n\\r\\t]]|[<>]");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\p{Nd}");
    private static final Set<String> COMPANY_SUFFIXES = Set.of(
            "公司", "集团", "事务所", "中心", "厂", "店", "合作社", "研究院", "研究所", "医院", "学校", "大学",
            "银行", "协会", "基金会", "商行", "工作室", "ltd", "ltd.", "inc", "inc.", "llc", "gmbh", "co.", "corp.", "limited");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Earlier is a typo, and the database's DATETIME cannot hold every year java.time parses. */
    private static final Instant EARLIEST_FIRST_CONTACT = Instant.parse("1970-01-01T00:00:00Z");

    private final EntryProperties properties;
    private final PhoneNumbers phones;
    private final Clock clock;

    public EntryValidator(EntryProperties properties, Clock clock) {
        this.properties = properties;
        this.phones = new PhoneNumbers(properties.phoneRegion());
        this.clock = clock;
    }

    public EntryCheck check(EntrySubmission submission) {
        Problems problems = new Problems();
        CustomerPart c = submission.customer() == null ? emptyCustomer() : submission.customer();
        CustomerDetails customer = checkCustomer(c, problems);
        List<NewContact> contacts = checkContacts(submission.contacts(), problems);
        NewConsent consent = checkConsent("consent.", submission.consent(), problems);
        if (!problems.isEmpty()) {
            return EntryCheck.rejected(problems.list());
        }
        boolean late = Duration.between(customer.firstContactAt(), clock.instant())
                .compareTo(properties.lateAfter()) > 0;
        return EntryCheck.accepted(new CustomerRecord(customer, contacts, consent, late));
    }

    /**
     * A change of an existing customer: the entry's rules for the customer and its contacts (count
     * included), as the record would be after the change; consent is not part of a change.
     */
    public EntryCheck checkChange(CustomerPart customer, List<ContactPart> contacts) {
        Problems problems = new Problems();
        CustomerDetails details = checkCustomer(customer == null ? emptyCustomer() : customer, problems);
        List<NewContact> checked = checkContacts(contacts, problems);
        return problems.isEmpty() ? EntryCheck.accepted(new CustomerRecord(details, checked, null, false))
                : EntryCheck.rejected(problems.list());
    }

    private CustomerDetails checkCustomer(CustomerPart c, Problems p) {
        CustomerKind kind = p.enumValue("customer.kind", c.kind(), CustomerKind.class, true);
        String name = p.text("customer.name", c.name(), true, 200);
        if (name != null && kind == CustomerKind.COMPANY && !looksLikeRegisteredName(name)) {
            p.add("customer.name", "企业须填写营业执照上的完整注册名称(如“上海某某科技有限公司”)");
        }
        if (name != null && kind == CustomerKind.INDIVIDUAL && (HAS_DIGIT.matcher(name).find() || name.length() < 2)) {
            p.add("customer.name", "个人客户须填写真实姓名,不能用昵称或编号");
        }
        String phone = p.phone("customer.phone", c.phone(), false);
        String email = p.email("customer.email", c.email(), false);
        if (isBlank(c.phone()) && isBlank(c.email())) {
            p.add("customer.phone", "电话和电子邮箱至少填写一项");
        }
        String region = p.text("customer.region", c.region(), true, 8);
        if (region != null && !properties.regions().containsKey(region)) {
            p.add("customer.region", "不是已配置的区域代码");
        }
        String province = p.text("customer.province", c.province(), true, 50);
        String city = p.text("customer.city", c.city(), true, 50);
        String district = p.text("customer.district", c.district(), true, 50);
        String street = p.text("customer.street", c.street(), true, 100);
        String streetNumber = p.text("customer.streetNumber", c.streetNumber(), true, 30);
        if (streetNumber != null && !HAS_DIGIT.matcher(streetNumber).find()) {
            p.add("customer.streetNumber", "地址须写到门牌号(含数字)");
        }
        String needs = p.text("customer.needs", c.needs(), true, 2000);
        Instant firstContact = p.instant("customer.firstContactAt", c.firstContactAt());
        if (firstContact != null && firstContact.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            p.add("customer.firstContactAt", "首次接触时间不能晚于现在");
        }
        if (firstContact != null && firstContact.isBefore(EARLIEST_FIRST_CONTACT)) {
            p.add("customer.firstContactAt", "首次接触时间不能早于 1970 年");
        }
        SourceType source = p.enumValue("customer.sourceType", c.sourceType(), SourceType.class, true);
        Industry industry = p.enumValue("customer.industry", c.industry(), Industry.class, true);
        CompanySize size = p.enumValue("customer.companySize", c.companySize(), CompanySize.class, false);
        String preferences = p.text("customer.preferences", c.preferences(), false, 1000);
        String notes = p.text("customer.historyNotes", c.historyNotes(), false, 2000);
        String tags = p.text("customer.tags", c.tags(), false, 500);
        return new CustomerDetails(kind, name, NameKeys.of(name), phone, email, region, province, city,
                district, street, streetNumber, needs, firstContact, source, industry, size, preferences, notes, tags);
    }

    private List<NewContact> checkContacts(List<ContactPart> parts, Problems p) {
        EntryProperties.Contacts limits = properties.contacts();
        if (parts.size() < limits.min()) {
            p.add("contacts[" + parts.size() + "].name",
                    "至少需要 " + limits.min() + " 名紧急联系人:一名主要联系人和至少一名备用联系人");
        }
        if (parts.size() > limits.max()) {
            p.add("contacts", "一次最多录入 " + limits.max() + " 名紧急联系人");
            return List.of();
        }
        List<NewContact> contacts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ContactPart c = parts.get(i);
            if (c == null) {
                p.add("contacts[" + i + "]", "不能为空");
                continue;
            }
            String f = "contacts[" + i + "].";
            NewContact contact = checkContact(c, i + 1, f, p);
            if (contact.phone() != null && contacts.stream().anyMatch(other -> contact.phone().equals(other.phone()))) {
                p.add(f + "phone", "两名紧急联系人的电话不能相同");
            }
            contacts.add(contact);
        }
        return contacts;
    }

    /**
     * One contact added to an existing customer (a replacement for one nobody could reach), with the
     * consent collected for it: the entry's rules for a contact and for consent, fields {@code contact.*}
     * and {@code consent.*}.
     */
    public ContactCheck checkAddedContact(ContactPart contact, ConsentPart consent) {
        Problems problems = new Problems();
        NewContact checked = checkContact(contact == null ? new ContactPart(null, null, null, null, null, null, null, null)
                : contact, 1, "contact.", problems);
        NewConsent given = checkConsent("consent.", consent, problems);
        return problems.isEmpty() ? new ContactCheck(checked, given, List.of()) : new ContactCheck(null, null, problems.list());
    }

    /**
     * The consent collected for one contact added by a change: the entry's consent rules (service and
     * emergency notification required, a channel and its evidence), problems named {@code <prefix>service},
     * {@code <prefix>channel}, … The one copy of these rules, shared by entry, replacement and change.
     */
    public ConsentCheck checkConsent(String prefix, ConsentPart consent) {
        Problems problems = new Problems();
        NewConsent given = checkConsent(prefix, consent, problems);
        return new ConsentCheck(problems.isEmpty() ? given : null, problems.list());
    }

    private NewContact checkContact(ContactPart c, int priority, String f, Problems p) {
        String name = p.text(f + "name", c.name(), true, 100);
        ContactRelation relation = p.enumValue(f + "relation", c.relation(), ContactRelation.class, true);
        String phone = p.phone(f + "phone", c.phone(), true);
        String email = p.email(f + "email", c.email(), false);
        String wechat = p.text(f + "wechat", c.wechat(), false, 64);
        String scope = p.text(f + "scope", c.scope(), true, 500);
        if (!Boolean.TRUE.equals(c.informed())) {
            p.add(f + "informed", "须确认此联系人本人已知情并同意被列为紧急联系人");
        }
        return new NewContact(priority, name, NameKeys.of(name), relation, phone, email, wechat, scope,
                Boolean.TRUE.equals(c.reachable24h()), Boolean.TRUE.equals(c.informed()));
    }

    private NewConsent checkConsent(String f, ConsentPart c, Problems p) {
        ConsentPart consent = c == null ? new ConsentPart(null, null, null, null, null) : c;
        if (!Boolean.TRUE.equals(consent.service())) {
            p.add(f + "service", "须取得客户同意将资料用于客户服务,否则不能保存");
        }
        if (!Boolean.TRUE.equals(consent.emergency())) {
            p.add(f + "emergency", "须取得客户同意用于紧急通知,否则不能登记紧急联系人");
        }
        ConsentChannel channel = p.enumValue(f + "channel", consent.channel(), ConsentChannel.class, true);
        String evidence = p.text(f + "evidence", consent.evidence(), true, 200);
        return new NewConsent(Boolean.TRUE.equals(consent.service()), Boolean.TRUE.equals(consent.emergency()),
                Boolean.TRUE.equals(consent.marketing()), channel, evidence);
    }

    private static boolean looksLikeRegisteredName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return name.length() >= 4 && COMPANY_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static CustomerPart emptyCustomer() {
        return new CustomerPart(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Collects problems; each check returns the clean value, or null when it found a problem. */
    private final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<FieldProblem> list() {
            return List.copyOf(list);
        }

        String text(String field, String value, boolean required, int max) {
            if (isBlank(value)) {
                if (required) {
                    add(field, "必填");
                }
                return null;
            }
            String v = value.strip();
            if (v.length() > max) {
                add(field, "最多 " + max + " 个字符");
                return null;
            }
            if (UNSAFE.matcher(v).find()) {
                add(field, "不能包含 < > 或控制字符");
                return null;
            }
            return v;
        }

        String phone(String field, String value, boolean required) {
            if (isBlank(value)) {
                if (required) {
                    add(field, "必填");
                }
                return null;
            }
            return phones.canonical(value).orElseGet(() -> {
                add(field, "不是有效的手机或座机号码(座机须带区号,境外号码须带国家代码)");
                return null;
            });
        }

        String email(String field, String value, boolean required) {
            if (isBlank(value)) {
                if (required) {
                    add(field, "必填");
                }
                return null;
            }
            String v = value.strip();
            if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
                add(field, "不是有效的电子邮箱地址");
                return null;
            }
            return v.toLowerCase(Locale.ROOT);
        }

        Instant instant(String field, String value) {
            if (isBlank(value)) {
                add(field, "必填");
                return null;
            }
            return DateTimes.parse(value, clock.getZone()).orElseGet(() -> {
                add(field, "不是有效的日期时间");
                return null;
            });
        }

        <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
            if (isBlank(value)) {
                if (required) {
                    add(field, "必填");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                add(field, "不是可选的值");
                return null;
            }
        }
    }
}
