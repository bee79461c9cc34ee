package com.lifeline.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/** Puts a {@link CountingDataSource} around the app's pool, so a benchmark counts the app's own SQL. */
@TestConfiguration(proxyBeanMethods = false)
class CountedDataSourceConfiguration {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && "dataSource".equals(beanName) ? new CountingDataSource(pool) : bean;
            }
        };
    }
}
