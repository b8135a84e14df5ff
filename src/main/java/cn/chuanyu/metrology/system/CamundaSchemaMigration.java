package cn.chuanyu.metrology.system;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Flyway migration V101: creates Camunda 7.24's tables in schema {@code public} with the engine's own PostgreSQL
 * scripts, so the owner role that runs the migrations owns them and the application's role never needs DDL (the
 * engine starts with {@code schema-update: false}). A database whose engine tables already exist (created by an
 * earlier version that let the engine build them) is left as it is.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    /** In the engine's own order: runtime, history, identity, CMMN, DMN (the engine checks all of them at start). */
    static final List<String> SCRIPTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");
    private static final String SCRIPT_PATH = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("101");
    }

    @Override
    public String getDescription() {
        return "camunda 7.24 schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // the scripts name tables without a schema; Flyway's own search path is "metrology"
            statement.execute("set local search_path to public");
        }
        for (String script : SCRIPTS) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(
                    new ClassPathResource(SCRIPT_PATH.formatted(script)), StandardCharsets.UTF_8));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local search_path to metrology");
        }
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select to_regclass('public.act_ge_property') is not null")) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
