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

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
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
        auditLog.record(AuditEntry.of("ACCOUNT_CREATED", "account", event.username()));
    }

    private static String shortened(String name) {
        String value = name == null ? "" : name;
        return value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
