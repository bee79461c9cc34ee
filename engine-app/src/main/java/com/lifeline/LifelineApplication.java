package com.lifeline;

import com.lifeline.crypto.KeysCommand;
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
        if (KeysCommand.isKeysCommand(args)) {
            // before Spring: creating keys must not start the web app nor need a database
            System.exit(KeysCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(LifelineApplication.class, args);
    }
}
