package cn.chuanyu.metrology.recognition;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Period;

/** Recognition settings: how long after the inspection day a result may be recognised (default three years). */
@Validated
@ConfigurationProperties("chuanyu.recognition")
public record RecognitionSettings(@DefaultValue("P3Y") @NotNull Period resultValidity) {
}
