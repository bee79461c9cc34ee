package com.lifeline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;

/**
 * Every error a user can cause, as a clear message with the field it concerns, in one shape
 * ({@link ApiError}); never a stack trace. The exceptions say their own status ({@link ClientError}),
 * so this class knows no feature. Runs after feature-specific advice (such as the entry API's conflict body).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ClientErrorException.class)
    ResponseEntity<ApiError> clientError(ClientErrorException e) {
        return answer(e);
    }

    static final String NOT_PERMITTED = "您没有执行此操作的权限";

    /**
     * A lost race (optimistic locking, a task completed meanwhile), a refused form value, or the engine's
     * refusal of the caller (403, without the engine's text: it names users and resources); anything else is ours.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e) {
        return EngineErrors.of(e).map(ApiExceptionHandler::answer).orElseGet(() -> {
            if (e instanceof AuthorizationException) {
                log.warn("Engine refused an API call: {}", e.getMessage());
                return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(null, NOT_PERMITTED));
            }
            log.error("Engine error on an API call", e);
            return ResponseEntity.internalServerError().body(ApiError.of(null, "服务器内部错误,请稍后再试或联系管理员"));
        });
    }

    /** A deadlock's loser (after the retries where there are any) or a lock wait timeout: nothing was stored. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ApiError> collided(PessimisticLockingFailureException e) {
        log.info("Lock conflict on an API call: {}", e.getMessage());
        return answer(EngineErrors.of(e).orElseThrow());
    }

    private static ResponseEntity<ApiError> answer(ClientError e) {
        return ResponseEntity.status(e.status()).body(ApiError.of(e.field(), e.message()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(ApiError.of(field, "值的类型不对"));
        }
        return ResponseEntity.badRequest().body(ApiError.of(null, "请求体不是有效的 JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getPropertyName(), "不是可选的值"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getParameterName(), "必填"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getRequestPartName(), "必填"));
    }

    /** Spring MVC's other refusals (wrong method, media type, unknown path…): same shape, a plain message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String message = switch (status.value()) {
            case 404 -> "没有这个地址";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法按所要求的格式回答";
            case 413 -> "上传的内容太大";
            case 415 -> "不支持该请求内容类型";
            default -> status.is5xxServerError() ? "服务器内部错误,请稍后再试或联系管理员" : "请求不完整或格式不对";
        };
        if (status.is5xxServerError()) {
            log.error("Error on an API call", e);
        }
        return ResponseEntity.status(status).headers(headers).body(ApiError.of(null, message));
    }
}
