package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes sign-in accounts in {@code app_user}. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final String SELECT_ACCOUNT = """
            select username, password_hash, display_name, role, province, staff_id, enabled, locked_until
            from app_user""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.encoder = encoder;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    public Optional<CurrentUser> find(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " where username = :username")
                .param("username", username)
                .query(accountMapper())
                .optional();
    }

    /** Every account, administrators first. */
    public List<CurrentUser> all() {
        return jdbc.sql(SELECT_ACCOUNT + " order by role, province nulls first, username").query(accountMapper()).list();
    }

    private RowMapper<CurrentUser> accountMapper() {
        return (rs, row) -> {
            Instant lockedUntil = Optional.ofNullable(rs.getTimestamp("locked_until"))
                    .map(java.sql.Timestamp::toInstant).orElse(null);
            return new CurrentUser(rs.getString("username"), rs.getString("password_hash"),
                    rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                    rs.getString("province"), (Long) rs.getObject("staff_id"), rs.getBoolean("enabled"),
                    lockedUntil != null && lockedUntil.isAfter(clock.instant()));
        };
    }

    public List<String> usernames() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list();
    }

    /** Whether any administrator account exists, enabled or not. */
    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from app_user where role = 'ADMIN')").query(Boolean.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from app_user)").query(Boolean.class).single();
    }

    /**
     * Creates an account whose password is already hashed (demo data, imports, tests); accounts chosen by people
     * go through {@link #create(NewAccount, String)}. Publishes {@link AccountCreated}.
     */
    public void create(NewAccount account) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, province, staff_id)
                        values (:username, :hash, :displayName, :role, :province, :staffId)""")
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("displayName", account.displayName())
                .param("role", account.role().name())
                .param("province", account.province())
                .param("staffId", account.staffId())
                .update();
        events.publishEvent(new AccountCreated(account.username()));
    }

    /**
     * Creates an account from a chosen password, which must satisfy {@link PasswordPolicy} (else 400 naming the
     * field {@code password}); stores only its BCrypt hash (the account's own hash is ignored: pass null).
     */
    public void create(NewAccount account, String password) {
        List<Message> problems = PasswordPolicy.problems(account.username(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(reason -> new FieldProblem("password", reason))
                    .toList());
        }
        create(new NewAccount(account.username(), encoder.encode(password), account.displayName(), account.role(),
                account.province(), account.staffId()));
    }

    /** An account to create. */
    public record NewAccount(String username, String passwordHash, String displayName, Role role,
                             String province, Long staffId) {
    }
}
