package io.camelbenthos.sql;

import java.util.Properties;

/**
 * Where a Benthos {@code dsn} points, in JDBC's terms: the URL and the connection properties (user, password, the
 * driver options the Go driver's parameters became).
 *
 * @param parseTime   mysql only: the Go driver's {@code parseTime} (DATETIME/DATE/TIMESTAMP as time values rather
 *                    than text)
 */
public record JdbcTarget(String url, Properties properties, boolean parseTime) {
}
