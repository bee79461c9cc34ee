package com.lifeline.notification;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * POSTs {@code {"to": …, "text": …}} as JSON to {@code lifeline.notification.sms.url} with an
 * {@code Idempotency-Key} header. Any answer but 2xx, or none within the timeout, is a failure
 * the outbox retries.
 */
public class HttpSmsGateway implements SmsGateway {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final RestClient restClient;
    private final URI url;

    public HttpSmsGateway(RestClient.Builder restClientBuilder, NotificationProperties.Sms settings) {
        if (settings.url() == null || !settings.url().isAbsolute()) {
            throw new IllegalArgumentException("lifeline.notification.sms.url must be an absolute URL for the http gateway");
        }
        this.url = settings.url();
        HttpClient httpClient = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(settings.timeout());
        this.restClient = restClientBuilder.requestFactory(requestFactory).build();
    }

    @Override
    public DeliveryStatus send(long outboxId, OutboundMessage message) {
        try {
            restClient.post()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(IDEMPOTENCY_HEADER, message.idempotencyKey())
                    .body(new SmsRequest(message.recipient(), message.body()))
                    .retrieve()
                    .onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
                        throw new DeliveryException("SMS gateway answered HTTP " + response.getStatusCode().value());
                    })
                    .toBodilessEntity();
            return DeliveryStatus.SENT;
        } catch (ResourceAccessException e) {
            throw new DeliveryException("SMS gateway not reached: " + e.getMostSpecificCause().getClass().getSimpleName());
        }
    }

    private record SmsRequest(String to, String text) {
    }
}
