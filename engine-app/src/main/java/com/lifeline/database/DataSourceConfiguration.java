package com.lifeline.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * One data source for the engine, the customer store and Quartz, always through MySQL
 * Connector/J: an external MySQL 8 / MariaDB when {@code lifeline.db.url} is set, else the
 * embedded MariaDB.
 */
@Configuration(proxyBeanMethods = false)
public class DataSourceConfiguration {

    /**
     * Camunda's MySQL schema has no fractional seconds; utf8mb4 for Chinese names; the driver keeps
     * autocommit / read-only state itself instead of asking the server around every transaction
     * (measured: 48 of 201 statements per API entry were such round trips); the engine's flush
     * batches go to the server as multi-row inserts and multi-statement updates, which still report
     * each update's count, so optimistic locking works (BatchedUpdatesOptimisticLockingTest). Each
     * connection keeps the parsed form of the statements it prepared (up to 500, up to 16 KB of SQL:
     * Camunda's queries are long): a flight recording had a quarter of the request threads' CPU in the
     * driver parsing the same SQL text again on every prepare.
     */
    static final String REQUIRED_URL_OPTIONS = "sendFractionalSeconds=false&characterEncoding=UTF-8&useSSL=false"
            + "&allowPublicKeyRetrieval=true&useLocalSessionState=true&cacheServerConfiguration=true&rewriteBatchedStatements=true"
            + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=16384";

    @Bean(destroyMethod = "destroy")
    @ConditionalOnExpression("'${lifeline.db.url:}'.isBlank()")
    EmbeddedMariaDb embeddedMariaDb(DatabaseProperties properties) {
        return new EmbeddedMariaDb(properties.embeddedDataDir(), properties.embeddedDatabaseName());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedMariaDb> embedded) {
        HikariDataSource pool = new HikariDataSource();
        if (properties.external()) {
            pool.setJdbcUrl(withRequiredOptions(properties.url()));
            pool.setUsername(properties.username());
            pool.setPassword(properties.password());
        } else {
            EmbeddedMariaDb server = embedded.getObject();
            pool.setJdbcUrl(withRequiredOptions(server.jdbcUrl()));
            pool.setUsername(server.username());
            pool.setPassword(server.password());
        }
        pool.setDriverClassName("com.mysql.cj.jdbc.Driver");
        // the engine refuses to start on MySQL unless the isolation level is READ COMMITTED
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setPoolName("lifeline");
        return pool;
    }

    static String withRequiredOptions(String url) {
        return url + (url.contains("?") ? "&" : "?") + REQUIRED_URL_OPTIONS;
    }
}
