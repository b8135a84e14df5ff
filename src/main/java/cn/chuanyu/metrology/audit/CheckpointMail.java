package cn.chuanyu.metrology.audit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Mails a checkpoint to the administrators of both provinces, in plain text they can keep or print, with the link
 * that compares it with the published one. One Message-ID per checkpoint, so a mail sent twice folds into one.
 */
@Component
class CheckpointMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final JavaMailSender mail;
    private final CheckpointSettings settings;

    CheckpointMail(JavaMailSender mail, CheckpointSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    void send(Checkpoint checkpoint) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(settings.from(), "川渝计量监督检查 审计链", StandardCharsets.UTF_8.name()));
            helper.setTo(settings.recipients().stream().map(CheckpointMail::address).toArray(InternetAddress[]::new));
            helper.setSubject("审计链检查点 第 " + checkpoint.number() + " 号 / Audit chain checkpoint "
                    + checkpoint.number());
            helper.setText(text(checkpoint));
            helper.setSentDate(Date.from(checkpoint.createdAt()));
            message.setHeader("Message-ID", messageId(checkpoint));
            mail.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("checkpoint " + checkpoint.number() + " could not be written as a mail", e);
        }
    }

    String messageId(Checkpoint checkpoint) {
        String domain = settings.from().substring(settings.from().indexOf('@') + 1);
        return "<audit-checkpoint." + checkpoint.chainId() + "." + checkpoint.number() + "@" + domain + ">";
    }

    String checkLink(Checkpoint checkpoint) {
        return UriComponentsBuilder.fromUriString(settings.publicBaseUrl()).path("/public/audit")
                .queryParam("number", checkpoint.number()).queryParam("sequence", checkpoint.sequence())
                .queryParam("headMac", checkpoint.headHash()).build().toUriString();
    }

    private String text(Checkpoint checkpoint) {
        return """
                川渝计量监督检查系统审计链检查点 / chuanyu-metrology audit chain checkpoint

                检查点编号 Checkpoint:        %d
                截至记录 Up to record:         %d
                记录数 Records:                %d
                链头 MAC Head MAC:             %s
                时间 Time:                     %s
                密钥编号 Key id:               %s
                检查点 MAC Checkpoint MAC:     %s
                上一检查点 MAC Previous MAC:   %s
                原因 Occasion:                 %s

                请保存或打印本邮件。任何人都可以对照公开的检查点核对这些数值 / Keep or print this mail; anyone can
                compare these values with the published checkpoint:
                %s

                管理员在"审计日志"页校验哈希链时，系统会对照所有已公布的检查点：记录被改、被删或检查点被改都会指明位置。
                When an administrator verifies the chain, it is checked against every published checkpoint.
                """.formatted(checkpoint.number(), checkpoint.sequence(), checkpoint.recordCount(),
                checkpoint.headHash(), TIME.format(checkpoint.createdAt()), checkpoint.keyId(), checkpoint.mac(),
                checkpoint.previousMac(), checkpoint.occasion() == Checkpoint.Occasion.SCHEDULED
                        ? "定时 / scheduled" : "管理员要求 / on demand", checkLink(checkpoint));
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("AUDIT_CHECKPOINT_RECIPIENTS: " + text + " is not a mail address", e);
        }
    }
}
