package cn.chuanyu.metrology.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notices go out and how their answer links work.
 *
 * @param from                  sender address; the display name is the regulator of the party's province
 * @param publicBaseUrl         where businesses reach this service, for the links in notices
 * @param linkSecret            HMAC key of the answer links (NOTICE_LINK_SECRET; prod refuses to start without)
 * @param linkValidity          how long an answer link is valid after the notice is written
 * @param linkGraceAfterDeadline how long after the rectification deadline a link may still be used
 */
@ConfigurationProperties("chuanyu.notices")
public record NoticeSettings(@DefaultValue("notices@chuanyu-metrology.example") String from,
                             @DefaultValue("http://localhost:8080") String publicBaseUrl,
                             String linkSecret,
                             @DefaultValue("P30D") Duration linkValidity,
                             @DefaultValue("P7D") Duration linkGraceAfterDeadline) {
}
