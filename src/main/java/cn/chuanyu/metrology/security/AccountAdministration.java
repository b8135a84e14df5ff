package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What administrators do to sign-in accounts: create one for a staff member (or another administrator), disable
 * and enable it, lift a lockout, set a new password. Each change is audited; disabling an account or setting its
 * password ends every session it has, on every node.
 */
@Service
@Transactional
class AccountAdministration {

    private final UserAccounts accounts;
    private final StaffDirectory staffDirectory;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountAdministration(UserAccounts accounts, StaffDirectory staffDirectory, JdbcClient jdbc, PasswordEncoder encoder,
                          AuditLog auditLog, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.staffDirectory = staffDirectory;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /** What stops this account from being created, each beside its field; empty when nothing does. */
    @Transactional(readOnly = true)
    List<FieldProblem> problems(AccountForm form) {
        List<FieldProblem> reasons = new ArrayList<>();
        if (form.username() != null && accounts.find(form.username()).isPresent()) {
            reasons.add(FieldProblem.of("username", "users.usernameTaken"));
        }
        passwordProblem(form.username(), form.password()).ifPresent(reasons::add);
        if (form.forStaff()) {
            staffProblem(staffDirectory.byNumber(form.staffNo().strip())).ifPresent(reasons::add);
        } else if (form.displayName() == null || form.displayName().isBlank()) {
            reasons.add(FieldProblem.of("displayName", "NotBlank"));
        }
        return reasons;
    }

    /** Creates the account; an {@link InvalidInputException} names every field that stops it. */
    void create(AccountForm form) {
        List<FieldProblem> reasons = problems(form);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(reasons);
        }
        accounts.create(form.forStaff()
                ? staffDirectory.byNumber(form.staffNo().strip()).map(s -> new UserAccounts.NewAccount(
                        form.username(), null, s.name(), s.role(), s.province(), s.id())).orElseThrow()
                : new UserAccounts.NewAccount(form.username(), null, form.displayName().strip(), Role.ADMIN, null,
                        null), form.password());
    }

    /** Disables or enables an account; an administrator cannot disable the account they are signed in with. */
    void setEnabled(String username, boolean enabled, CurrentUser admin) {
        if (!enabled && username.equals(admin.username())) {
            throw new InvalidInputException("enabled", "users.notYourself");
        }
        jdbc.sql("update app_user set enabled = :enabled, version = version + 1 where username = :username")
                .param("enabled", enabled).param("username", existing(username)).update();
        auditLog.record(AuditEntry.of(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", username));
        if (!enabled) {
            endSessions(username);
        }
    }

    /** Lifts a lockout after wrong passwords before it runs out. */
    void unlock(String username) {
        jdbc.sql("""
                        update app_user set failed_logins = 0, locked_until = null, version = version + 1
                        where username = :username""")
                .param("username", existing(username)).update();
        auditLog.record(AuditEntry.of("ACCOUNT_UNLOCKED", "account", username));
    }

    /** Sets a new password (the person changes nothing else) and signs the account out everywhere. */
    void setPassword(String username, String password) {
        passwordProblem(username, password).ifPresent(reason -> {
            throw new InvalidInputException(List.of(reason));
        });
        jdbc.sql("""
                        update app_user set password_hash = :hash, failed_logins = 0, locked_until = null,
                                            version = version + 1
                        where username = :username""")
                .param("hash", encoder.encode(password)).param("username", existing(username)).update();
        auditLog.record(AuditEntry.of("PASSWORD_SET", "account", username));
        endSessions(username);
    }

    private String existing(String username) {
        return accounts.find(username).map(CurrentUser::username)
                .orElseThrow(() -> new NotFoundException("problem.account.notFound", username));
    }

    private boolean hasAccount(long staffId) {
        return jdbc.sql("select exists (select 1 from app_user where staff_id = :id)").param("id", staffId)
                .query(Boolean.class).single();
    }

    private Optional<FieldProblem> staffProblem(Optional<StaffDirectory.Staff> staff) {
        if (staff.isEmpty()) {
            return Optional.of(FieldProblem.of("staffNo", "users.staffUnknown"));
        }
        if (!staff.get().active()) {
            return Optional.of(FieldProblem.of("staffNo", "users.staffInactive"));
        }
        if (hasAccount(staff.get().id())) {
            return Optional.of(FieldProblem.of("staffNo", "users.staffHasAccount"));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> passwordProblem(String username, String password) {
        List<Message> problems = PasswordPolicy.problems(username, password);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(FieldProblem.of("password", "users.passwordRule", problems.get(0)));
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
