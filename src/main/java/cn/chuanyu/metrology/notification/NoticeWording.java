package cn.chuanyu.metrology.notification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words a notice uses: language, regulator's letterhead per province (the bundles' {@code regulator.*}, the one
 * source the pages, the record and the public list use too), subjects, dates and labels.
 */
final class NoticeWording {

    static final String ZH = "zh-CN";
    static final String EN = "en";

    private static final Map<NoticeKind, String[]> TITLES = Map.of(
            NoticeKind.INSPECTION_NOTICE, new String[]{"计量监督检查通知书", "Notice of metrology inspection"},
            NoticeKind.RESULT_NOTICE, new String[]{"检查结果通知书", "Notice of inspection result"},
            NoticeKind.RECTIFICATION_ORDER, new String[]{"限期整改通知书", "Order to rectify by a deadline"},
            NoticeKind.RECTIFICATION_REMINDER, new String[]{"整改期限提醒", "Reminder: rectification deadline"},
            NoticeKind.OVERDUE_NOTICE, new String[]{"整改逾期通知", "Notice: rectification overdue"},
            NoticeKind.RECOGNITION_DECISION, new String[]{"结果互认决定通知书", "Decision on mutual recognition"});

    private NoticeWording() {
    }

    /** English only when the party asked for it; Chinese otherwise. */
    static String language(String preferred) {
        return preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    static String regulator(String province, String language) {
        Locale locale = EN.equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle words = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return words.getString("regulator." + ("CQ".equals(province) ? "CQ" : "SC"));
    }

    static String title(NoticeKind kind, String language) {
        return pick(TITLES.get(kind), language);
    }

    static String subject(NoticeKind kind, String language, String province, String partyName) {
        String title = title(kind, language);
        String name = oneLine(partyName);
        return EN.equals(language)
                ? title + " — " + name + " (" + regulator(province, language) + ")"
                : "【" + regulator(province, language) + "】" + title + "：" + name;
    }

    static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return EN.equals(language)
                ? date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH) + " " + date.getYear()
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A header value cannot carry line breaks or other control characters. */
    static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String pick(String[] pair, String language) {
        return EN.equals(language) ? pair[1] : pair[0];
    }
}
