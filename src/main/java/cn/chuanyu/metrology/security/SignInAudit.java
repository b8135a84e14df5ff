package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Writes sign-ins, refused sign-ins and new accounts to the audit log. */
@Component
class SignInAudit {

    /** Longest account name kept: a refused attempt may carry any text as its name. */
    private static final int MAX_NAME = 60;

    private final AuditLog auditLog;
    private final UserAccounts accounts;

    SignInAudit(AuditLog auditLog, UserAccounts accounts) {
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getClass() == AuthenticationSuccessEvent.class) {
            String username = shortened(event.getAuthentication().getName());
            auditLog.recordAs(username, AuditEntry.of("SIGNED_IN", "account", username));
        }
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String attempted = shortened(event.getAuthentication().getName());
        auditLog.recordAs("anonymous", AuditEntry.of("SIGN_IN_REFUSED", "account", attempted)
                .with(Map.of("reason", event.getException().getClass().getSimpleName())));
    }

    @EventListener
    void accountCreated(AccountCreated event) {
        var values = new java.util.LinkedHashMap<String, Object>();
        accounts.find(event.username()).ifPresent(account -> {
            values.put("role", account.role().name());
            values.put("province", account.province() == null ? "SC,CQ" : account.province());
            if (account.staffId() != null) {
                values.put("staffId", account.staffId());
            }
        });
        auditLog.record(AuditEntry.of("ACCOUNT_CREATED", "account", event.username()).with(values));
    }

    private static String shortened(String name) {
        String value = name == null ? "" : name;
        return value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
