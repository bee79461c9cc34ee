package com.lifeline.customer;

/** One existing customer an entry matches, and by which rule. */
public record DuplicateMatch(long customerId, String customerNumber, DuplicateRule rule) {

    public enum DuplicateRule {
        COMPANY_NAME("企业全称相同"),
        CONTACT_NAME_AND_PHONE("联系人姓名和手机号相同"),
        PHONE("电话相同"),
        EMAIL("电子邮箱相同");

        private final String label;

        DuplicateRule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
