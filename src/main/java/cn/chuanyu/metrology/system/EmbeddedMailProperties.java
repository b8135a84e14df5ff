package cn.chuanyu.metrology.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded GreenMail SMTP server that runs when no external mail server is configured.
 *
 * @param port SMTP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("chuanyu.embedded-mail")
public record EmbeddedMailProperties(@DefaultValue("3025") int port) {
}
