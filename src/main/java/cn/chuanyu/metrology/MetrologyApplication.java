package cn.chuanyu.metrology;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The joint metrology inspection service of the Sichuan and Chongqing market regulators.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "kernel")
public class MetrologyApplication {

    public static void main(String[] args) {
        SpringApplication.run(MetrologyApplication.class, args);
    }
}
