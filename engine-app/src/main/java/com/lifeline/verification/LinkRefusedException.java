package com.lifeline.verification;

/** A forged, altered, expired or unknown link: the page says so, without telling which. */
public class LinkRefusedException extends RuntimeException {

    public LinkRefusedException() {
        super("链接无效或已过期,请联系您的客户经理");
    }
}
