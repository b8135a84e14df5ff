package cn.chuanyu.metrology.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeWordingTests {

    @Test
    void chineseUnlessThePartyPrefersEnglish() {
        assertThat(NoticeWording.language("en")).isEqualTo("en");
        assertThat(NoticeWording.language("zh-CN")).isEqualTo("zh-CN");
        assertThat(NoticeWording.language(null)).isEqualTo("zh-CN");
    }

    @Test
    void eachProvinceHasItsRegulatorsLetterheadInBothLanguages() {
        assertThat(NoticeWording.regulator("SC", "zh-CN")).isEqualTo("四川省市场监督管理局");
        assertThat(NoticeWording.regulator("CQ", "zh-CN")).isEqualTo("重庆市市场监督管理局");
        assertThat(NoticeWording.regulator("CQ", "en")).isEqualTo("Chongqing Administration for Market Regulation");
    }

    @Test
    void theLetterheadNamesTheRegulatorInTheWordsOfTheMessageBundles() throws Exception {
        for (String bundle : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties words = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            String language = bundle.contains("_en") ? "en" : "zh-CN";
            assertThat(NoticeWording.regulator("SC", language)).isEqualTo(words.getProperty("regulator.SC"));
            assertThat(NoticeWording.regulator("CQ", language)).isEqualTo(words.getProperty("regulator.CQ"));
        }
    }

    @Test
    void aSubjectNamesRegulatorKindAndPartyOnOneLine() {
        assertThat(NoticeWording.subject(NoticeKind.RECTIFICATION_ORDER, "zh-CN", "SC", "某某\r\nBcc: x@y.cn"))
                .isEqualTo("【四川省市场监督管理局】限期整改通知书：某某 Bcc: x@y.cn");
        assertThat(NoticeWording.subject(NoticeKind.RESULT_NOTICE, "en", "CQ", "Acme Meters"))
                .isEqualTo("Notice of inspection result — Acme Meters (Chongqing Administration for Market Regulation)");
    }

    @Test
    void datesReadAsEachLanguageWritesThem() {
        assertThat(NoticeWording.date(LocalDate.of(2026, 12, 7), "zh-CN")).isEqualTo("2026年12月7日");
        assertThat(NoticeWording.date(LocalDate.of(2026, 12, 7), "en")).isEqualTo("7 December 2026");
    }

    @Test
    void theMessageIdDependsOnlyOnTheNoticeKey() {
        String first = NoticeRenderer.messageId(notice(1, "pi-1", "Task_SendRectificationOrder#1"));
        assertThat(NoticeRenderer.messageId(notice(2, "pi-1", "Task_SendRectificationOrder#1"))).isEqualTo(first);
        assertThat(NoticeRenderer.messageId(notice(1, "pi-1", "Task_SendRectificationOrder#2"))).isNotEqualTo(first);
        assertThat(first).matches("<notice-[0-9a-f]{32}@chuanyu-metrology>");
    }

    private static NoticeRecord notice(long id, String processInstanceId, String step) {
        return new NoticeRecord(id, processInstanceId, step, NoticeKind.RECTIFICATION_ORDER, 1, "INSPECTION", 1, "SC",
                NoticeStatus.PENDING, 0, java.time.Instant.EPOCH, null, java.util.List.of(), null, null, null, null,
                null, null, null);
    }
}
