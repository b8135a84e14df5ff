package cn.chuanyu.metrology.notification;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a permanent mail failure (a bad or rejected address, SMTP 5xx: retrying cannot help) from a passing one
 * (server down, timeout, SMTP 4xx: the job retries later).
 */
final class MailFailures {

    private MailFailures() {
    }

    static boolean permanent(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof AddressException) {
                return true;
            }
            if (cause instanceof SMTPAddressFailedException rejected) {
                return rejected.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException rejected) {
                return rejected.getReturnCode() >= 500;
            }
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** The reason in a few words, innermost cause last, for the notice row and the ADMIN. */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause : causes(failure)) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason.toString();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
            Exception first = send.getFailedMessages().values().iterator().next();
            return first == t.getCause() ? t.getCause() : first;
        }
        if (t instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause();
    }
}
