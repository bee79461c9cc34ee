package com.lifeline.database;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.SocketException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 8.1: the embedded server takes no connection without the app's password and listens on
 * the loopback address only. Issue 15: a second app on a live data folder refuses to start.
 */
@LifelineIntegrationTest
class EmbeddedMariaDbSecurityTest {

    /** SQLSTATE class 28: invalid authorization (MariaDB's 1045 and 1698 "Access denied"). */
    private static final String ACCESS_DENIED = "28000";

    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAppConnectsWithItsOwnAccountAndPassword() {
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("lifeline@127.0.0.1");
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        for (String user : List.of("root", "lifeline", "", "anyone")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(), user, "").close())
                    .as("user '%s' without a password", user)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(ACCESS_DENIED));
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "lifeline", "guessed").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(ACCESS_DENIED));
    }

    @Test
    void thePasswordIsKeptInAnOwnerOnlyFileBesideTheDataFolder() throws IOException {
        Path passwordFile = server.dataDir().resolveSibling("mariadb-password");
        assertThat(Files.readString(passwordFile)).isEqualTo(server.password());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(server.dataDir().resolveSibling("mariadb-init.sql")).as("the init file holds the password").doesNotExist();
    }

    /**
     * The kernel's table of listening sockets shows the server bound to 127.0.0.1 only, so no
     * other address of the machine reaches it. (This workplace allows test traffic to loopback
     * addresses only, so the test does not dial the machine's other addresses.)
     */
    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws IOException {
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        String port = String.format(Locale.ROOT, ":%04X", server.port());
        List<String> ipv4 = listening(Path.of("/proc/net/tcp"), port);
        assertThat(ipv4).containsExactly("0100007F" + port);
        assertThat(listening(Path.of("/proc/net/tcp6"), port)).isEmpty();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("::1", server.port()), 2000);
            }
        }).isInstanceOf(SocketException.class);
    }

    @Test
    void aSecondAppOnTheSameLiveDataFolderRefusesToStart() {
        assertThatThrownBy(() -> new EmbeddedMariaDb(server.dataDir().toString(), "lifeline"))
                .isInstanceOf(DataFolderUnavailableException.class)
                .hasMessageContaining("is in use by another running Lifeline app");
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).as("the running app's server is untouched").isEqualTo(1);
    }

    private String url() {
        return "jdbc:mysql://127.0.0.1:" + server.port() + "/lifeline?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** Local addresses of LISTEN (state 0A) sockets on the port, from /proc/net/tcp or tcp6. */
    private static List<String> listening(Path table, String port) throws IOException {
        if (!Files.exists(table)) {
            return List.of();
        }
        return Files.readAllLines(table).stream().skip(1)
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns[1].endsWith(port) && columns[3].equals("0A"))
                .map(columns -> columns[1])
                .toList();
    }
}
