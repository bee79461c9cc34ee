package com.lifeline.org;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The user cannot take part in routed work (no supervisor or department) until the org chart lists them. */
public class NotInOrgChartException extends ClientErrorException {

    private final String userId;

    public NotInOrgChartException(String userId, String reason) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, null, "用户 " + userId + " 在组织架构中" + reason + ",请管理员先维护组织架构");
        this.userId = userId;
    }

    public String userId() {
        return userId;
    }
}
