package com.lifeline.privacy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts {@link PersonalDataHistoryFilter} in front of whatever history handler the engine built. */
@Component
public class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> personal;

    PersonalDataHistoryPlugin(List<PersonalVariables> features) {
        this.personal = features.stream().flatMap(f -> f.personalVariableNames().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new PersonalDataHistoryFilter(configuration.getHistoryEventHandler(), personal));
    }
}
