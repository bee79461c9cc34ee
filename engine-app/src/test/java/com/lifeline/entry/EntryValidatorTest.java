package com.lifeline.entry;

import com.lifeline.contact.NewContact;
import com.lifeline.customer.CustomerRecord;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.lifeline.entry.EntryExamples.company;
import static org.assertj.core.api.Assertions.assertThat;

class EntryValidatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), SHANGHAI);
    private final EntryValidator validator = new EntryValidator(
            new EntryProperties(Map.of("SH", "上海", "BJ", "北京"), Duration.ofHours(24), "CN",
                    new EntryProperties.Contacts(2, 5), 1000), clock);

    @Test
    void acceptsACompleteEntryAndStoresCanonicalForms() {
        EntryCheck check = validator.check(company());

        assertThat(check.problems()).isEmpty();
        CustomerRecord entry = check.entry();
        assertThat(entry.customer().phone()).matches("\\+8621\\d{8}");
        assertThat(entry.contacts()).extracting(NewContact::phone).allMatch(p -> p.startsWith("+86139")
                || p.startsWith("+86137"));
        assertThat(entry.contacts()).extracting(NewContact::priority).containsExactly(1, 2);
        assertThat(entry.lateEntry()).isFalse();
    }

    @Test
    void lowerCasesEmails() {
        EntrySubmission base = company();
        CustomerPart c = base.customer();
        EntrySubmission upper = EntryExamples.withCustomer(base, new CustomerPart(c.kind(), c.name(), c.phone(),
                "Info@Example.COM", c.region(), c.province(), c.city(), c.district(), c.street(), c.streetNumber(),
                c.needs(), c.firstContactAt(), c.sourceType(), c.industry(), null, null, null, null));

        assertThat(validator.check(upper).entry().customer().email()).isEqualTo("info@example.com");
    }

    @Test
    void refusesAnInvalidPhoneNamingTheFieldButNotTheValue() {
        EntrySubmission base = company();
        EntryCheck check = validator.check(EntryExamples.withCustomer(base, EntryExamples.phone(base.customer(), "12345")));

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("customer.phone");
            assertThat(p.message()).contains("有效").doesNotContain("12345");
        });
    }

    @Test
    void refusesALandlineWithoutAreaCode() {
        EntrySubmission base = company();
        EntryCheck check = validator.check(EntryExamples.withCustomer(base, EntryExamples.phone(base.customer(), "62345678")));

        assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("customer.phone");
    }

    @Test
    void refusesAnAddressWithoutStreetNumber() {
        EntrySubmission base = company();
        EntryCheck check = validator.check(EntryExamples.withCustomer(base,
                EntryExamples.streetNumber(base.customer(), "附近")));

        assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("customer.streetNumber");
    }

    @Test
    void refusesASingleContact() {
        EntrySubmission base = company();
        EntryCheck check = validator.check(EntryExamples.withContacts(base, List.of(base.contacts().get(0))));

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contacts[1].name");
            assertThat(p.message()).contains("至少需要 2 名紧急联系人");
        });
    }

    @Test
    void refusesTwoContactsWithTheSamePhone() {
        EntrySubmission base = company();
        ContactPart first = base.contacts().get(0);
        ContactPart copy = new ContactPart("钱多多", "LEGAL", first.phone(), null, null, "法务事项", true, true);
        EntryCheck check = validator.check(EntryExamples.withContacts(base, List.of(first, copy)));

        assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("contacts[1].phone");
    }

    @Test
    void refusesAContactWhoWasNotInformed() {
        EntrySubmission base = company();
        ContactPart first = base.contacts().get(0);
        ContactPart uninformed = new ContactPart(first.name(), first.relation(), first.phone(), null, null,
                first.scope(), true, false);
        EntryCheck check = validator.check(EntryExamples.withContacts(base, List.of(uninformed, base.contacts().get(1))));

        assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("contacts[0].informed");
    }

    @Test
    void refusesAnEntryWithoutConsent() {
        EntryCheck check = validator.check(EntryExamples.withConsent(company(), new ConsentPart(false, false, false, "FORM", "F-1")));

        assertThat(check.problems()).extracting(FieldProblem::field)
                .containsExactly("consent.service", "consent.emergency");
    }

    @Test
    void listsEveryMissingRequiredField() {
        EntryCheck check = validator.check(new EntrySubmission(null, null, null));

        assertThat(check.problems()).extracting(FieldProblem::field).contains(
                "customer.kind", "customer.name", "customer.phone", "customer.region", "customer.province",
                "customer.streetNumber", "customer.needs", "customer.firstContactAt", "customer.sourceType",
                "customer.industry", "contacts[0].name", "consent.service", "consent.channel", "consent.evidence");
    }

    @Test
    void aNullContactIsAProblemOfItsOwnNotACrash() {
        EntrySubmission base = company();
        List<ContactPart> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        withNull.addAll(base.contacts());

        EntryCheck check = validator.check(EntryExamples.withContacts(base, withNull));

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contacts[0]");
            assertThat(p.message()).isEqualTo("不能为空");
        });
    }

    @Test
    void refusesOverlongTextAndMarkup() {
        EntrySubmission base = company();
        assertThat(validator.check(EntryExamples.withCustomer(base, EntryExamples.name(base.customer(), "上".repeat(10_000) + "有限公司")))
                .problems()).extracting(FieldProblem::message).containsExactly("最多 200 个字符");
        assertThat(validator.check(EntryExamples.withCustomer(base, EntryExamples.name(base.customer(), "<script>alert(1)</script>有限公司")))
                .problems()).extracting(FieldProblem::message).containsExactly("不能包含 < > 或控制字符");
    }

    @Test
    void asksCompaniesForTheirRegisteredName() {
        EntrySubmission base = company();
        EntryCheck check = validator.check(EntryExamples.withCustomer(base, EntryExamples.name(base.customer(), "小王家")));

        assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("customer.name");
    }

    @Test
    void countsEntriesMoreThan24HoursAfterFirstContactAsLateButAcceptsThem() {
        EntrySubmission base = company();
        CustomerPart c = base.customer();
        CustomerPart old = new CustomerPart(c.kind(), c.name(), c.phone(), c.email(), c.region(), c.province(), c.city(),
                c.district(), c.street(), c.streetNumber(), c.needs(), "2026-11-20T10:00:00+08:00", c.sourceType(),
                c.industry(), null, null, null, null);

        EntryCheck check = validator.check(EntryExamples.withCustomer(base, old));

        assertThat(check.valid()).isTrue();
        assertThat(check.entry().lateEntry()).isTrue();
    }

    @Test
    void refusesAFirstContactInTheFuture() {
        EntrySubmission base = company();
        CustomerPart c = base.customer();
        CustomerPart future = new CustomerPart(c.kind(), c.name(), c.phone(), c.email(), c.region(), c.province(),
                c.city(), c.district(), c.street(), c.streetNumber(), c.needs(), "2027-01-01", c.sourceType(),
                c.industry(), null, null, null, null);

        assertThat(validator.check(EntryExamples.withCustomer(base, future)).problems())
                .extracting(FieldProblem::field).containsExactly("customer.firstContactAt");
    }

    @Test
    void refusesAFirstContactBeforeTheDatabaseCanHoldIt() {
        EntrySubmission base = company();
        for (String ancient : new String[]{"-999999999-01-01T00:00", "0001-01-01", "1969-12-31T23:59:59Z"}) {
            EntrySubmission entry = EntryExamples.withCustomer(base, firstContactAt(base.customer(), ancient));

            assertThat(validator.check(entry).problems()).as(ancient).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("customer.firstContactAt");
                assertThat(p.message()).isEqualTo("首次接触时间不能早于 1970 年");
            });
        }
    }

    private static CustomerPart firstContactAt(CustomerPart c, String at) {
        return new CustomerPart(c.kind(), c.name(), c.phone(), c.email(), c.region(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), at, c.sourceType(), c.industry(), null, null, null, null);
    }

    @Test
    void refusesUnknownCodes() {
        EntrySubmission base = company();
        CustomerPart c = base.customer();
        CustomerPart odd = new CustomerPart("ALIEN", c.name(), c.phone(), c.email(), "XX", c.province(), c.city(),
                c.district(), c.street(), c.streetNumber(), c.needs(), c.firstContactAt(), "RUMOUR", c.industry(),
                null, null, null, null);

        assertThat(validator.check(EntryExamples.withCustomer(base, odd)).problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("customer.kind", "customer.region", "customer.sourceType");
    }
}
