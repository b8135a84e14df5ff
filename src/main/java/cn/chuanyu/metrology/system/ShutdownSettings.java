package cn.chuanyu.metrology.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How a node leaves: how long it keeps serving after readiness went DOWN, so the load balancer stops sending before
 * the connector closes, and how long it waits for its running jobs before handing back the rest.
 *
 * @param drain the load balancer's time to notice readiness DOWN (probe period × failures, plus a margin)
 * @param jobs  the longest wait for jobs already running on this node
 */
@ConfigurationProperties("chuanyu.shutdown")
public record ShutdownSettings(@DefaultValue("PT0S") Duration drain, @DefaultValue("PT20S") Duration jobs) {
}
