package com.lifeline.entry;

import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;

import java.util.List;

/** A complete, valid entry for tests, and ways to break one part of it. Every call gives fresh, unique data. */
public final class EntryExamples {

    private static int sequence = (int) (System.nanoTime() % 9000);

    private EntryExamples() {
    }

    /** A company whose name, phones and email differ from every other example's. */
    public static synchronized EntrySubmission company() {
        int n = ++sequence;
        String serial = String.format("%04d", n % 10000);
        return new EntrySubmission(
                new CustomerPart("COMPANY", "上海测试" + n + "科技有限公司", "+86 21 6" + serial + "888",
                        "info" + n + "@example.com", "SH", "上海市", "上海市", "浦东新区", "张江路", "88号",
                        "需要7x24紧急联络服务", "2026-11-25T09:30", "TRADE_SHOW", "IT", "SMALL", null, null, null),
                List.of(new ContactPart("王" + n, "BUSINESS_OWNER", "139" + serial + "1234", null, null, "可决定服务变更",
                                true, true),
                        new ContactPart("赵" + n, "TECH_LEAD", "137" + serial + "5678", "ops" + n + "@example.com",
                                null, "可决定技术应急处置", false, true)),
                new ConsentPart(true, true, false, "FORM", "F-2026-" + n));
    }

    /** An individual customer (a person: name, address and notes are personal data) with unique data. */
    public static synchronized EntrySubmission person() {
        EntrySubmission base = company();
        int n = ++sequence;
        String serial = String.format("%04d", n % 10000);
        return withCustomer(base, new CustomerPart("INDIVIDUAL", "欧阳" + chinese(n), "+86 158 " + serial + " 6543",
                "ouyang" + n + "@example.com", "SH", "上海市", "上海市", "徐汇区", "漕溪北路" + chinese(n) + "弄", n + "号",
                "家中老人需要紧急联络" + chinese(n), "2026-11-25T09:30", "PHONE_INQUIRY", "OTHER", null,
                "只接受晚间电话" + chinese(n), "曾住院" + chinese(n), "长者" + chinese(n)));
    }

    /** Digits written as Chinese numerals: unique names for people, who may not have digits in theirs. */
    public static String chinese(int n) {
        StringBuilder name = new StringBuilder();
        for (char digit : String.valueOf(n).toCharArray()) {
            name.append("零一二三四五六七八九".charAt(digit - '0'));
        }
        return name.toString();
    }

    public static EntrySubmission withCustomer(EntrySubmission base, CustomerPart customer) {
        return new EntrySubmission(customer, base.contacts(), base.consent());
    }

    public static EntrySubmission withContacts(EntrySubmission base, List<ContactPart> contacts) {
        return new EntrySubmission(base.customer(), contacts, base.consent());
    }

    public static EntrySubmission withConsent(EntrySubmission base, ConsentPart consent) {
        return new EntrySubmission(base.customer(), base.contacts(), consent);
    }

    public static CustomerPart phone(CustomerPart c, String phone) {
        return new CustomerPart(c.kind(), c.name(), phone, c.email(), c.region(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), c.firstContactAt(), c.sourceType(), c.industry(),
                c.companySize(), c.preferences(), c.historyNotes(), c.tags());
    }

    public static CustomerPart name(CustomerPart c, String name) {
        return new CustomerPart(c.kind(), name, c.phone(), c.email(), c.region(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), c.firstContactAt(), c.sourceType(), c.industry(),
                c.companySize(), c.preferences(), c.historyNotes(), c.tags());
    }

    public static CustomerPart streetNumber(CustomerPart c, String streetNumber) {
        return new CustomerPart(c.kind(), c.name(), c.phone(), c.email(), c.region(), c.province(), c.city(),
                c.district(), c.street(), streetNumber, c.needs(), c.firstContactAt(), c.sourceType(), c.industry(),
                c.companySize(), c.preferences(), c.historyNotes(), c.tags());
    }
}
