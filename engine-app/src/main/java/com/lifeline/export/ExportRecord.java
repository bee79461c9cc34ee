package com.lifeline.export;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.Customer;

import java.time.ZoneId;

/**
 * One customer as exported, opened; a contact is null when there is none or when their consent does not
 * cover the export's use. {@code masked}: sensitive fields of this row are masked; {@code zone}: lifeline.zone, for dates.
 */
record ExportRecord(Customer customer, EmergencyContact primary, EmergencyContact backup, boolean masked, ZoneId zone) {
}
