package cn.chuanyu.metrology.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the on-site record.
 *
 * @param publicBaseUrl where anyone opens the record's verification page (the address in its QR code)
 */
@ConfigurationProperties("chuanyu.records")
record RecordSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    String verificationUrl(String code) {
        return publicBaseUrl.replaceAll("/+$", "") + "/public/records/" + code;
    }
}
