package com.lifeline.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the customer store lives. A blank {@code url} means: start the embedded MariaDB and keep
 * its data in {@code embeddedDataDir} (a blank dir means a throw-away temp folder, used by tests).
 */
@ConfigurationProperties("lifeline.db")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        String embeddedDataDir,
        String embeddedDatabaseName,
        int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
