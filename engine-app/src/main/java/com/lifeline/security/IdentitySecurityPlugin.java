package com.lifeline.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/** The password policy and the password-change stamp, for every way a password reaches the engine. */
@Component
public class IdentitySecurityPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new LifelinePasswordPolicy());
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(PasswordStampingIdentityProvider.class));
    }
}
