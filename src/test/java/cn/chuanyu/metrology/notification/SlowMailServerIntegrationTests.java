package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Mail is at least once: measured against a real SMTP server that answers the end of DATA 25 s late (beyond the
 * 20 s read timeout the product had). With that old timeout the client gives up, the server keeps the message all
 * the same, and the retry delivers it a second time with the same Message-ID; with the product's timeouts the same
 * server gets the notice once. Both runs go at the same time, so the test costs one delay.
 */
@IntegrationTest
class SlowMailServerIntegrationTests {

    private static final Duration SLOW_ANSWER = Duration.ofSeconds(25);
    private static final String OLD_READ_TIMEOUT = "20000";

    @Autowired
    ApplicationContext context;
    @Autowired
    JavaMailSenderImpl applicationSender;

    @Test
    void aServerAnswering25sAfterDataGetsTheNoticeOnceWithTheProductsTimeoutsAndTwiceWithTheOldOnes()
            throws Exception {
        Properties product = applicationSender.getJavaMailProperties();
        assertThat(product).containsEntry("mail.smtp.timeout", "120000").containsEntry("mail.smtp.writetimeout", "60000")
                .containsEntry("mail.smtp.connectiontimeout", "10000");
        Properties old = new Properties();
        old.putAll(product);
        old.setProperty("mail.smtp.timeout", OLD_READ_TIMEOUT);

        try (var productServer = new SlowSmtpServer(SLOW_ANSWER, 1);
             var oldServer = new SlowSmtpServer(SLOW_ANSWER, 1)) {
            NoticeDelivery productDelivery = delivery(productServer, product);
            NoticeDelivery oldDelivery = delivery(oldServer, old);
            long productNotice = notice();
            long oldNotice = notice();

            var productRun = CompletableFuture.supplyAsync(() -> productDelivery.send(productNotice));
            var oldRun = CompletableFuture.runAsync(() -> assertThatThrownBy(() -> oldDelivery.send(oldNotice))
                    .as("the old client gives up after 20 s").isInstanceOf(NoticeNotSentException.class)
                    .hasMessageContaining("Read timed out"));

            assertThat(productRun.get()).isEqualTo(NoticeStatus.SENT);
            oldRun.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> oldServer.acceptedMessageIds().size() == 1);
            assertThat(oldDelivery.send(oldNotice)).as("the job's retry").isEqualTo(NoticeStatus.SENT);

            assertThat(productServer.acceptedMessageIds()).as("the product's timeouts: once").hasSize(1);
            assertThat(oldServer.acceptedMessageIds()).as("the old timeout: a duplicate with one Message-ID")
                    .hasSize(2).containsOnly(oldServer.acceptedMessageIds().get(0));
        }
    }

    @Test
    void twoAttemptsAtTheSameNoticeNeverOverlapTheSecondWaitsAndFindsItSent() throws Exception {
        try (var server = new SlowSmtpServer(Duration.ofSeconds(3), 1)) {
            NoticeDelivery delivery = delivery(server, applicationSender.getJavaMailProperties());
            long notice = notice();

            var first = CompletableFuture.supplyAsync(() -> delivery.send(notice));
            await().atMost(Duration.ofSeconds(30)).until(() -> server.received() == 1);
            var second = CompletableFuture.supplyAsync(() -> delivery.send(notice));

            assertThat(first.get()).isEqualTo(NoticeStatus.SENT);
            assertThat(second.get()).isEqualTo(NoticeStatus.SENT);
            assertThat(server.acceptedMessageIds()).as("one SMTP conversation").hasSize(1);
            assertThat(attempts(notice)).isEqualTo(1);
        }
    }

    private int attempts(long notice) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select attempts from notice where id = :id").param("id", notice).query(Integer.class).single();
    }

    private NoticeDelivery delivery(SlowSmtpServer server, Properties mailProperties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        sender.setJavaMailProperties(mailProperties);
        return new NoticeDelivery(context.getBean(NoticeStore.class), context.getBean(NoticeRenderer.class), sender,
                context.getBean(NoticeSettings.class), context.getBean(PlatformTransactionManager.class),
                context.getBean(Clock.class), context.getBean(AuditLog.class));
    }

    /** A recorded inspection notice of an inspection of its own, not yet sent. */
    private long notice() {
        var fixtures = new NoticeFixtures(context);
        long party = fixtures.party("CQ", "zh-CN", NoticeFixtures.mailbox());
        long inspection = fixtures.open(party, "CQ");
        var request = new NoticeRequest(fixtures.processOf(inspection), "SlowSmtpProbe", NoticeKind.INSPECTION_NOTICE,
                party, "INSPECTION", inspection);
        return context.getBean(NoticeStore.class).insert(request, context.getBean(Clock.class).instant());
    }
}
