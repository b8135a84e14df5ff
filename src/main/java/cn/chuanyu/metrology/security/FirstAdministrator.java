package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * The one way into a new installation: at start, while no ADMIN account exists, the account named by
 * {@link FirstAdministratorSettings} is created like any other (password policy, BCrypt, a Camunda user in
 * {@code camunda-admin}) and the creation is audited as {@code FIRST_ADMIN_CREATED}. Once any administrator exists
 * the settings are ignored, with a warning to remove them. Nodes starting together create it once.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    /** What a start did about the first administrator. */
    enum Outcome { CREATED, ADMINISTRATOR_EXISTS, NOT_ASKED }

    static final String ACTION = "FIRST_ADMIN_CREATED";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorSettings settings;
    private final UserAccounts accounts;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    FirstAdministrator(FirstAdministratorSettings settings, UserAccounts accounts, AuditLog auditLog, JdbcClient jdbc,
                       PlatformTransactionManager transactions) {
        this.settings = settings;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        createIfNoAdministrator(settings);
    }

    Outcome createIfNoAdministrator(FirstAdministratorSettings wanted) {
        Outcome outcome = transaction.execute(status -> {
            // one node at a time decides, so two nodes starting together create it once
            jdbc.sql("select pg_advisory_xact_lock(hashtext('chuanyu.first-admin'))").query().singleValue();
            if (accounts.anyAdministrator()) {
                return Outcome.ADMINISTRATOR_EXISTS;
            }
            if (!wanted.requested()) {
                return Outcome.NOT_ASKED;
            }
            accounts.create(new UserAccounts.NewAccount(wanted.username().strip(), null, wanted.displayName(),
                    Role.ADMIN, null, null), wanted.password());
            auditLog.recordAs(AuditLog.SYSTEM, AuditEntry.of(ACTION, "account", wanted.username().strip())
                    .with(Map.of("from", "FIRST_ADMIN_USERNAME")));
            return Outcome.CREATED;
        });
        report(outcome, wanted);
        return outcome;
    }

    private static void report(Outcome outcome, FirstAdministratorSettings wanted) {
        switch (outcome) {
            case CREATED -> log.warn("Created the first administrator account '{}' from FIRST_ADMIN_USERNAME and "
                    + "FIRST_ADMIN_PASSWORD. Remove both from the environment now; they are ignored from here on.",
                    wanted.username().strip());
            case ADMINISTRATOR_EXISTS -> {
                if (wanted.requested()) {
                    log.warn("FIRST_ADMIN_USERNAME is set but an administrator account exists: ignored. Remove "
                            + "FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD from the environment.");
                }
            }
            case NOT_ASKED -> log.warn("No administrator account exists. Set FIRST_ADMIN_USERNAME and "
                    + "FIRST_ADMIN_PASSWORD and start once (README \"First administrator\").");
        }
    }
}
