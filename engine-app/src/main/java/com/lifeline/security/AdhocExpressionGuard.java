package com.lifeline.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions in task queries run JUEL on the server, so users must not send their own.
 *
 * <p>The engine refuses expressions in ad-hoc queries ({@code enableExpressionsInAdhocQueries=false},
 * the default, kept) but checks only the top level of a query: the {@code or()} branches
 * ({@code orQueries} in REST) are created without that validator and their expressions are
 * evaluated. This interceptor closes that gap for every caller (Java API, {@code /engine-rest},
 * the webapps' engine API): an ad-hoc task query, or the extending query sent with a filter
 * execution, is refused with 400 when any {@code or()} branch carries an expression, unless ad-hoc
 * expressions were switched on on purpose.
 *
 * <p>Stored filter queries keep their expressions ({@code ${currentUser()}} in the shared filters):
 * they run inside the filter command, not through this interceptor, and only admins may create or
 * change filters (staff get READ on the shared ones, no FILTER CREATE).
 */
@Component
public class AdhocExpressionGuard extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Expressions are forbidden in adhoc queries, including or-queries";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Interceptor(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new Interceptor(configuration)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(added);
        return list;
    }

    static final class Interceptor extends CommandInterceptor {

        private static final Field EXTENDING_QUERY = extendingQueryField();

        private final ProcessEngineConfigurationImpl configuration;

        Interceptor(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (!configuration.isEnableExpressionsInAdhocQueries()) {
                if (command instanceof TaskQueryImpl query) {
                    refuseOrExpressions(query);
                } else if (command instanceof AbstractExecuteFilterCmd filterCommand
                        && extendingQuery(filterCommand) instanceof TaskQueryImpl extending) {
                    refuseOrExpressions(extending);
                }
            }
            return next.execute(command);
        }

        private static void refuseOrExpressions(TaskQueryImpl query) {
            List<TaskQueryImpl> branches = query.getQueries();
            if (branches == null) {
                return;
            }
            for (TaskQueryImpl branch : branches) {
                if (branch != query && branch.getExpressions() != null && !branch.getExpressions().isEmpty()) {
                    throw new BadUserRequestException(MESSAGE);
                }
            }
        }

        private static Object extendingQuery(AbstractExecuteFilterCmd command) {
            try {
                return EXTENDING_QUERY.get(command);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Field extendingQueryField() {
            try {
                Field field = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Camunda changed AbstractExecuteFilterCmd; review AdhocExpressionGuard", e);
            }
        }
    }
}
