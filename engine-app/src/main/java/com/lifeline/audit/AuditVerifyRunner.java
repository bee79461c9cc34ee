package com.lifeline.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * The check command: {@code java -jar engine-app.jar --lifeline.audit.verify} starts the app against
 * its configured database, prints the result and exits (0 intact, 2 broken).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyRunner implements ApplicationRunner {

    static final String OPTION = "lifeline.audit.verify";

    private final AuditChain chain;
    private final ApplicationContext context;

    AuditVerifyRunner(AuditChain chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = report(System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    int report(PrintStream out) {
        OptionalLong broken = chain.verify();
        if (broken.isEmpty()) {
            out.println("AUDIT CHAIN INTACT");
            return 0;
        }
        out.println("AUDIT CHAIN BROKEN at entry id " + broken.getAsLong());
        return 2;
    }
}
