package com.lifeline.privacy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link PersonalDataHistoryFilter} in front of whatever history handler the engine built. */
@Component
public class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(
                new PersonalDataHistoryFilter(configuration.getHistoryEventHandler(), PersonalVariableNames.ALL));
    }
}
