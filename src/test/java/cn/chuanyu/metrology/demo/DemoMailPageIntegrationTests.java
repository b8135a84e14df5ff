package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoMailPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JavaMailSender mailSender;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aVisitorWithoutAnAccountReadsEveryMailTheDemoRunSentWithItsLinksToFollow() throws Exception {
        String subject = "整改通知书 " + UUID.randomUUID();
        String link = "http://localhost:" + port + "/notice/rectification?token=demo-" + UUID.randomUUID();
        send(subject, "contact.p7@demo.chuanyu.example", "请点击以下链接提交整改材料：\n" + link + "\n谢谢。",
                "<p>HTML-ONLY-VERSION</p>");

        HttpResponse<String> page = get("/demo/mail");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("演示邮箱", subject, "contact.p7@demo.chuanyu.example",
                "请点击以下链接提交整改材料", "<a href=\"" + link + "\">" + link + "</a>")
                .doesNotContain("HTML-ONLY-VERSION");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(get("/demo/mail?lang=en").body()).contains("Demo mailbox", subject);
    }

    @Test
    void theMailboxTakesNoWritesAndOpensNothingElse() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base() + "/demo/mail"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> below = get("/demo/mail/admin");

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(below.statusCode()).isEqualTo(302);
        assertThat(below.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private void send(String subject, String to, String text, String html) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom("notices@demo.chuanyu.example");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, html);
        mailSender.send(message);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
