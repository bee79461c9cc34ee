package com.lifeline.customer;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.phone.PhoneNumbers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A customer's record as Markdown for a task form (rendered by form-js text components); phones as people write them. */
public final class CustomerSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CustomerSummary() {
    }

    public static String markdown(Customer c, List<EmergencyContact> contacts, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(c.customerNumber()).append("** ").append(escape(c.name()))
                .append("(").append(c.kind() == CustomerKind.COMPANY ? "企业" : "个人").append(")\n\n");
        md.append("- 电话:").append(orDash(PhoneNumbers.display(c.phone()))).append("\n");
        md.append("- 邮箱:").append(orDash(c.email())).append("\n");
        md.append("- 地址:").append(escape(c.province() + c.city() + c.district() + c.street() + c.streetNumber()))
                .append("\n");
        md.append("- 需求:").append(escape(c.needs())).append("\n");
        md.append("- 首次接触:").append(TIME.format(c.firstContactAt().atZone(zone)))
                .append(c.lateEntry() ? "(超过 24 小时才录入)" : "").append("\n");
        md.append("- 来源 / 行业:").append(c.sourceType().label()).append(" / ").append(c.industry().label()).append("\n\n");
        md.append("**紧急联系人**\n\n");
        for (EmergencyContact ec : contacts) {
            md.append("- ").append(ec.priority() == 1 ? "主要" : "备用").append(":").append(escape(ec.name()))
                    .append("(").append(ec.relation().label()).append(")").append(escape(PhoneNumbers.display(ec.phone())))
                    .append(ec.reachable24h() ? ",24小时可联系" : "")
                    .append(",授权范围:").append(escape(ec.authorisationScope())).append("\n");
        }
        return md.toString();
    }

    private static String orDash(String value) {
        return value == null ? "—" : escape(value);
    }

    /** Markdown must not turn stored text into links or emphasis. */
    public static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]()#+!|])", "\\\\$1");
    }
}
