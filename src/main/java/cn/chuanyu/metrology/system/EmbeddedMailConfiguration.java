package cn.chuanyu.metrology.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The local run's mail server: GreenMail as a real SMTP server on localhost when SPRING_MAIL_HOST is not set,
 * and the mail sender that talks to it (Spring Boot creates one only when a host is configured), with the same
 * {@code spring.mail.properties} (timeouts) as a production sender.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalMailServer.class)
class EmbeddedMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(EmbeddedMailProperties properties) {
        // a free port is chosen once, so a stopped and restarted server (an SMTP outage in a test) keeps it
        int port = properties.port() == 0 ? freePort() : properties.port();
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail, Environment environment) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        properties.putAll(Binder.get(environment).bind("spring.mail.properties",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        sender.setJavaMailProperties(properties);
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
