package cn.chuanyu.metrology.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Whom a business contacts at the regulator of its province (telephone, address, e-mail), shown on the page of
 * a link that can no longer be used (REGULATOR_CONTACT_SC, REGULATOR_CONTACT_CQ).
 */
@ConfigurationProperties("chuanyu.regulators")
record RegulatorContacts(Map<String, String> contacts) {

    RegulatorContacts {
        contacts = contacts == null ? Map.of() : Map.copyOf(contacts);
    }

    String of(String province) {
        return contacts.getOrDefault(province, "");
    }
}
