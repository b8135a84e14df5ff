package cn.chuanyu.metrology.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailFailuresTests {

    @Test
    void aServerThatIsDownOrSlowIsTriedAgain() {
        MessagingException refused = new MailConnectException(
                new SocketConnectException("connect failed", new ConnectException("Connection refused"), "h", 25, 10));
        assertThat(MailFailures.permanent(new MailSendException("Mail server connection failed", refused))).isFalse();
        assertThat(MailFailures.permanent(new MailSendException(Map.of(new Object(),
                new MessagingException("IOException while sending", new SocketTimeoutException("Read timed out"))))))
                .isFalse();
    }

    @Test
    void aRejectedRecipientIsPermanentAndItsReasonIsKept() throws Exception {
        InternetAddress nobody = new InternetAddress("nobody@example.cn");
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(nobody, "RCPT TO", 550,
                "550 5.1.1 mailbox unavailable");
        SendFailedException send = new SendFailedException("Invalid Addresses", rejected, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[]{nobody});
        MailSendException failure = new MailSendException(Map.of(new Object(), send));

        assertThat(MailFailures.permanent(failure)).isTrue();
        assertThat(MailFailures.reason(failure)).contains("550 5.1.1 mailbox unavailable");
    }

    @Test
    void aTemporaryRejectionIsTriedAgain() throws Exception {
        SMTPAddressFailedException busy = new SMTPAddressFailedException(new InternetAddress("a@example.cn"),
                "RCPT TO", 451, "451 4.3.0 try again later");
        assertThat(MailFailures.permanent(new MailSendException(Map.of(new Object(), busy)))).isFalse();
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() {
        assertThat(MailFailures.permanent(new AddressException("Illegal address", "a b@@c"))).isTrue();
    }
}
