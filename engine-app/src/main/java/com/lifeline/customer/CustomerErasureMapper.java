package com.lifeline.customer;

import org.apache.ibatis.annotations.Mapper;

/** The store's side of an erasure: every row of one customer. */
@Mapper
interface CustomerErasureMapper {

    /** The consent trigger lets consent rows be deleted only while this is set on the connection. */
    void allowConsentDeletion();

    void endConsentDeletion();

    int deleteConsents(long customerId);

    int deleteContacts(long customerId);

    int deleteChangeLog(long customerId);

    int deleteCustomer(long customerId);
}
