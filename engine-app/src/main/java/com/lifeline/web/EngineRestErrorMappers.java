package com.lifeline.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's REST resources wrap whatever a task completion throws into a 500 ("Cannot complete task
 * …"). These mappers answer what {@link EngineErrors} recognises with its own status and plain message
 * instead, in Camunda's error shape ({@code type}, {@code message}), and leave every other error to
 * Camunda's handlers. Registered through Jersey's auto-discovery (META-INF/services), so they apply to
 * each Jersey application in the app: /engine-rest and the webapps' engine API that Tasklist uses
 * (/camunda/api/engine), which Camunda configures on its own without a hook for extra providers.
 * Same exception types as Camunda's mappers, higher priority; a mapper that declines
 * ({@code isMappable} false) leaves the exception to Camunda's.
 */
public final class EngineRestErrorMappers implements ForcedAutoDiscoverable {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrorMappers.class);
    private static final int BEFORE_CAMUNDA = 1;

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
            return;
        }
        for (Class<?> mapper : new Class<?>[]{ForRestException.class, ForProcessEngineException.class, ForAnyException.class}) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }

    private static final Pattern TASK_WORK = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)$");

    /** Errors Camunda would answer with 5xx, and a refusal that is really a lost race; its other 4xx answers stay. */
    static Optional<ClientError> recognised(Throwable e) {
        if (e instanceof AuthorizationException) {
            return EngineErrors.of(e);
        }
        if (ExceptionHandlerHelper.getInstance().getStatus(e).getStatusCode() < 500) {
            return Optional.empty();
        }
        return EngineErrors.of(e);
    }

    /**
     * Working on a task someone else has just completed: whatever the loser's listeners said about
     * what it sent (they ran on a task that was going), the answer is that the task is gone.
     */
    static Response answer(Throwable e, UriInfo uri) {
        if (lostTaskRace(uri)) {
            return respond(new EngineErrors.Answer(org.springframework.http.HttpStatus.NOT_FOUND, EngineErrors.TASK_GONE, e), e);
        }
        return respond(recognised(e).orElseThrow(), e);
    }

    /** Any error of a call working on a task that is gone by now (even the engine's own NPE on the stale task). */
    static boolean lostTaskRace(UriInfo uri) {
        Matcher task = uri == null ? null : TASK_WORK.matcher(uri.getPath());
        return task != null && task.find() && EngineErrors.taskGone(task.group(1));
    }

    static boolean mappable(Throwable e, UriInfo uri) {
        return recognised(e).isPresent() || lostTaskRace(uri);
    }

    private static Response respond(ClientError error, Throwable e) {
        log.debug("{} answered {}", e.getClass().getSimpleName(), error.status().value(), e);
        ExceptionDto body = new ExceptionDto();
        body.setType((error instanceof EngineErrors.Answer a ? a.cause() : error).getClass().getSimpleName());
        body.setMessage(error.field() == null ? error.message() : error.field() + ":" + error.message());
        return Response.status(error.status().value()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** What every mapper here does; one class per exception type, since Jersey picks mappers by type. */
    abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        @Context
        UriInfo uri;

        @Override
        public boolean isMappable(E e) {
            return mappable(e, uri);
        }

        @Override
        public Response toResponse(E e) {
            return answer(e, uri);
        }
    }

    @Priority(BEFORE_CAMUNDA)
    public static class ForRestException extends Mapper<RestException> {
    }

    @Priority(BEFORE_CAMUNDA)
    public static class ForProcessEngineException extends Mapper<ProcessEngineException> {
    }

    /** The app's own errors thrown in a listener or delegate, e.g. {@link ConcurrentChangeException}. */
    @Priority(BEFORE_CAMUNDA)
    public static class ForAnyException extends Mapper<Throwable> {
    }
}
