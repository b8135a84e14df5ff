package cn.chuanyu.metrology.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason a module can give has its words in both languages, so no answer falls back to a code. */
class MessageCodesTests {

    /** A whole code in the sources ({@code "problem.party.notFound"}); prefixes ending in a dot are built. */
    private static final Pattern CODE = Pattern.compile("\"(problem\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyProblemCodeInTheSourcesIsWordedInChineseAndEnglish() throws IOException {
        Set<String> codes = codesInSources();

        assertThat(codes).hasSizeGreaterThan(50);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(codes);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(codes);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    /** A message bundle as it stands in the sources, read like the sources' codes. */
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
