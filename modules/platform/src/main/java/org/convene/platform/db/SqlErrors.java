package org.convene.platform.db;

import java.sql.SQLException;

/**
 * Recognises MariaDB errors under the wrappers the data layer puts around them, by the server's
 * error codes (which, unlike the messages, do not change with the server's language).
 */
public final class SqlErrors {
    public static final int DUPLICATE_KEY = 1062;
    public static final int DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int MAX_DEPTH = 20;

    private SqlErrors() {
    }

    public static boolean isDeadlock(Throwable error) {
        SQLException sql = find(error);
        return sql != null && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()));
    }

    public static boolean isDuplicateKey(Throwable error) {
        SQLException sql = find(error);
        return sql != null && sql.getErrorCode() == DUPLICATE_KEY;
    }

    /** The first SQLException in the cause chain; the depth bound guards against cyclic causes. */
    private static SQLException find(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof SQLException sql) {
                return sql;
            }
            current = current.getCause();
        }
        return null;
    }
}
