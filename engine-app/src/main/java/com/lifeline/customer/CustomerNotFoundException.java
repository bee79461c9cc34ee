package com.lifeline.customer;

/** No customer with that number, or none the caller may see: both read as "not found". */
public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(String customerNumber) {
        super("客户 " + customerNumber + " 不存在");
    }
}
