package com.lifeline.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityInfoEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Camunda's database identity store, plus: whenever a password is saved (demo users, the admin
 * user, the admin webapp, our API) the time is kept as user info {@value AccountState#PASSWORD_CHANGED_AT}
 * in the same command, which is what password expiry counts from.
 */
public class PasswordStampingIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean newPassword = user instanceof UserEntity entity && entity.hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        if (newPassword) {
            Context.getCommandContext().getIdentityInfoManager().setUserInfo(user.getId(), null,
                    IdentityInfoEntity.TYPE_USERINFO, AccountState.PASSWORD_CHANGED_AT,
                    ClockUtil.getCurrentTime().toInstant().toString(), null, null);
        }
        return result;
    }
}
