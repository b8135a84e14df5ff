package cn.chuanyu.metrology.security.camunda;

import org.camunda.bpm.engine.impl.QueryValidators.AdhocQueryValidator;
import org.camunda.bpm.engine.impl.QueryValidators.StoredQueryValidator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Closes CVE-2026-109432 in the engine itself: Camunda 7.24.0 evaluates expressions inside the nested OR queries of a
 * task query ({@code orQueries}) although it refuses them at the top level. Every nested OR query is now validated
 * before the query runs, exactly as the engine validates the query around it: an ad-hoc query (the Java API,
 * {@code /engine-rest}, the Tasklist) and the query a caller adds to a filter by the ad-hoc rule, a stored filter's
 * query by the stored-query rule, both when it is saved and when it runs. Both rules refuse every expression here ({@code enable-expressions-in-*-queries}).
 */
@Component
class NestedQueryExpressionsPlugin extends AbstractProcessEnginePlugin {

    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // after the command context is opened, so the validators can read the engine's settings and the filter
        configuration.setCustomPostCommandInterceptorsTxRequired(withValidation(
                configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(withValidation(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withValidation(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                validateNestedQueries(command);
                return next.execute(command);
            }
        });
        return all;
    }

    static void validateNestedQueries(Command<?> command) {
        if (command instanceof TaskQueryImpl query) {
            eachNested(query, nested -> nested.validate(AdhocQueryValidator.get()));
        } else if (command instanceof SaveFilterCmd save) {
            // the engine checks a filter's own query when it is saved; its OR queries the same way
            if (ReflectionUtils.getField(SAVED_FILTER, save) instanceof Filter filter
                    && filter.getQuery() instanceof TaskQueryImpl stored) {
                eachNested(stored, nested -> nested.validate(StoredQueryValidator.get()));
            }
        } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
            if (ReflectionUtils.getField(EXTENDING_QUERY, filterCommand) instanceof TaskQueryImpl extending) {
                eachNested(extending, nested -> nested.validate(AdhocQueryValidator.get()));
            }
            FilterEntity filter = Context.getCommandContext().getFilterManager()
                    .findFilterById((String) ReflectionUtils.getField(FILTER_ID, filterCommand));
            if (filter != null && filter.getQuery() instanceof TaskQueryImpl stored) {
                eachNested(stored, nested -> nested.validate(StoredQueryValidator.get()));
            }
        }
    }

    /** The OR queries of a task query; the first entry of {@code getQueries()} is the query itself. */
    private static void eachNested(TaskQueryImpl query, Consumer<TaskQueryImpl> check) {
        query.getQueries().stream().filter(nested -> nested != query).forEach(check);
    }

    private static Field field(Class<?> command, String name) {
        Field field = ReflectionUtils.findField(command, name);
        if (field == null) {
            throw new IllegalStateException("Camunda's " + command.getSimpleName() + " has no field " + name
                    + ": check NestedQueryExpressionsPlugin against this engine version");
        }
        ReflectionUtils.makeAccessible(field);
        return field;
    }
}
