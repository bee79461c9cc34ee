package com.lifeline;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Lifeline: customer records and emergency contacts, driven by the BPMN models in processes/. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("lifeline")
public class LifelineApplication {

    public static void main(String[] args) {
        SpringApplication.run(LifelineApplication.class, args);
    }
}
