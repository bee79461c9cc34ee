package com.lifeline.privacy;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.List;
import java.util.Set;

/**
 * Drops history events of personal-data variables and form fields before they reach the history
 * tables: Camunda copies every submitted form value into ACT_HI_VARINST and ACT_HI_DETAIL.
 */
class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;
    private final Set<String> personal;

    PersonalDataHistoryFilter(HistoryEventHandler next, Set<String> personal) {
        this.next = next;
        this.personal = personal;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPersonal(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        next.handleEvents(events.stream().filter(event -> !isPersonal(event)).toList());
    }

    private boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return personal.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return personal.contains(formProperty.getPropertyId());
        }
        return false;
    }
}
