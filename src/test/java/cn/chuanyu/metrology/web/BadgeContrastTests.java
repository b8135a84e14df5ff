package cn.chuanyu.metrology.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Text on coloured badges is readable: WCAG 2.1 AA asks a contrast of at least 4.5:1 for normal text. */
public class BadgeContrastTests {

    private static final Pattern STATUS_RULE = Pattern.compile(
            "\\.status \\{[^}]*background: #([0-9a-f]{6});[^}]*color: #([0-9a-f]{6});");

    @Test
    void theRectificationDeadlineBadgeOfTheBusinessPagesHasAContrastOfAtLeast4point5() throws IOException {
        Matcher rule = STATUS_RULE.matcher(resource("templates/notice/head.html"));
        assertThat(rule.find()).as("the .status rule of notice/head.html").isTrue();
        assertThat(contrast(rule.group(2), rule.group(1))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theContrastIsComputedAsWcagSaysIt() {
        assertThat(contrast("000000", "ffffff")).isEqualTo(21.0);
        assertThat(contrast("e65100", "fff3e0")).isLessThan(3.5);
    }

    /** The contrast ratio of WCAG 2.1: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first. */
    public static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BadgeContrastTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
