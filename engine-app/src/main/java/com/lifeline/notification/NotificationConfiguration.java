package com.lifeline.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    SmsGateway smsGateway(NotificationProperties properties, RestClient.Builder restClientBuilder) {
        return switch (properties.sms().gateway()) {
            case LOG -> new LoggingSmsGateway();
            case HTTP -> new HttpSmsGateway(restClientBuilder, properties.sms());
        };
    }
}
