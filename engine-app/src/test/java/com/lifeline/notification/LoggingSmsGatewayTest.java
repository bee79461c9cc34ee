package com.lifeline.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsGatewayTest {

    @ParameterizedTest
    @CsvSource({
            "+8613812345678, +86138****5678",
            "13812345678,    138****5678",
            "+86 138 1234 5678, +86138****5678",
            "+4915112345678901, +49151****8901",
            "12345678,       ****5678",
            "1234567,        ****",
    })
    void masksAllButTheLeadingDigitsAndTheLastFour(String number, String masked) {
        assertThat(LoggingSmsGateway.mask(number)).isEqualTo(masked);
    }

    @Test
    void logsTheOutboxIdAndTheMaskedNumberButNeverTheText(CapturedOutput output) {
        DeliveryStatus status = new LoggingSmsGateway().send(4711,
                OutboundMessage.sms("log-gateway-key", "+8613812345678", "您的紧急联系人已更新"));

        // nothing left the application: not SENT
        assertThat(status).isEqualTo(DeliveryStatus.LOGGED);
        assertThat(output.getAll())
                .contains("4711", "+86138****5678")
                .doesNotContain("+8613812345678", "您的紧急联系人已更新");
    }
}
