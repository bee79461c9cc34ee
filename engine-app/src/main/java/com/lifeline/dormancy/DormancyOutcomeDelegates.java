package com.lifeline.dormancy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of dormancy-check.bpmn: each reads ids from the execution and calls a service. */
@Configuration(proxyBeanMethods = false)
class DormancyOutcomeDelegates {

    /** Task_KeepActive */
    @Bean
    JavaDelegate keepCustomerActiveDelegate(DormancyChecks checks) {
        return execution -> checks.keepActive(checkId(execution));
    }

    /** Task_MarkDormant */
    @Bean
    JavaDelegate markCustomerDormantDelegate(DormancyChecks checks) {
        return execution -> checks.markDormant(checkId(execution));
    }

    /** Task_RequestDeletion */
    @Bean
    JavaDelegate requestDormantDeletionDelegate(DormancyChecks checks) {
        return execution -> checks.requestDeletion(checkId(execution));
    }

    /** Task_RemindSteward (5 working days) */
    @Bean
    JavaDelegate remindDormancyStewardDelegate(DormancyNotices notices) {
        return execution -> notices.remind(execution.getProcessInstanceId(), customerNumber(execution));
    }

    /** Task_EscalateDormancyCheck (10 working days): to the input parameter escalateTo, the model's choice */
    @Bean
    JavaDelegate escalateDormancyCheckDelegate(DormancyNotices notices) {
        return execution -> notices.escalate(execution.getProcessInstanceId(), customerNumber(execution),
                (String) execution.getVariable(DormancyVariables.ESCALATE_TO));
    }

    private static String customerNumber(DelegateExecution execution) {
        return (String) execution.getVariable(DormancyVariables.CUSTOMER_NUMBER);
    }

    private static long checkId(DelegateExecution execution) {
        return (Long) execution.getVariable(DormancyVariables.CHECK_ID);
    }
}
