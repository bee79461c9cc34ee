package com.lifeline.notification;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpSmsGatewayTest {

    private static final OutboundMessage SMS = OutboundMessage.sms("sms-key-1", "+8613812345678", "您好，请确认信息");

    private HttpServer server;
    private final AtomicReference<String> idempotencyKey = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private volatile int answerStatus = 200;
    private volatile Duration answerDelay = Duration.ZERO;

    @BeforeEach
    void startGatewayStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/sms", exchange -> {
            idempotencyKey.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sleep(answerDelay);
            exchange.sendResponseHeaders(answerStatus, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopGatewayStub() {
        server.stop(0);
    }

    private HttpSmsGateway gateway(Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
        return new HttpSmsGateway(RestClient.builder(),
                new NotificationProperties.Sms(NotificationProperties.SmsGatewayType.HTTP, url, timeout));
    }

    @Test
    void postsNumberAndTextAsJsonWithTheIdempotencyKey() {
        assertThat(gateway(Duration.ofSeconds(5)).send(1, SMS)).isEqualTo(DeliveryStatus.SENT);

        assertThat(idempotencyKey.get()).isEqualTo("sms-key-1");
        assertThat(contentType.get()).startsWith("application/json");
        assertThat(body.get()).isEqualTo("{\"to\":\"+8613812345678\",\"text\":\"您好，请确认信息\"}");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 429, 302})
    void anyAnswerButSuccessIsAFailureThatNamesOnlyTheStatus(int status) {
        answerStatus = status;

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).send(1, SMS))
                .isInstanceOf(DeliveryException.class)
                .hasMessage("SMS gateway answered HTTP " + status);
    }

    @Test
    void noAnswerWithinTheTimeoutIsAFailure() {
        answerDelay = Duration.ofSeconds(3);

        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).send(1, SMS))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("SMS gateway not reached")
                .hasMessageNotContaining("13812345678");
    }

    @Test
    void refusesToStartWithoutAUrl() {
        assertThatThrownBy(() -> new HttpSmsGateway(RestClient.builder(),
                new NotificationProperties.Sms(NotificationProperties.SmsGatewayType.HTTP, null, Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifeline.notification.sms.url");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
