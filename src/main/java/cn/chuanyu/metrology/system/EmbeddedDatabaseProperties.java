package cn.chuanyu.metrology.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server that runs when no external database is configured.
 *
 * @param dataDirectory folder that keeps the data between runs; blank means a throw-away folder
 * @param port          TCP port on localhost; 0 picks a free one
 * @param durable       fsync and synchronous commit on, so a crash loses no committed transaction
 */
@ConfigurationProperties("chuanyu.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable) {
}
