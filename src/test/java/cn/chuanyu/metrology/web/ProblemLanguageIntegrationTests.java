package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API error speaks the caller's language (Accept-Language; zh-CN without one) in every word it says: title,
 * detail and each {@code {field, reason}}, whether the reason comes from bean validation or a domain rule.
 */
@IntegrationTest
class ProblemLanguageIntegrationTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A bad credit code (a domain rule), an unknown province (bean validation) and no name (bean validation). */
    private static final String BAD_PARTY = """
            {"creditCode": "91510100MA00000000", "kind": "AUTHORISED_BODY", "province": "XX",
             "contactEmails": ["a@x.example"]}""";

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withoutAcceptLanguageEveryWordOfTheAnswerIsChinese() throws Exception {
        JsonNode problem = badParty(null);

        assertThat(texts(problem)).isNotEmpty().allSatisfy(text -> assertThat(text).containsPattern(HAN));
        assertThat(problem.get("errors").findValuesAsText("field")).contains("province", "nameZh");
    }

    @Test
    void inEnglishNoWordOfTheAnswerIsChinese() throws Exception {
        JsonNode problem = badParty(Locale.ENGLISH);

        assertThat(texts(problem)).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContainPattern(HAN));
        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
    }

    @Test
    void everyEntryHasAFieldAndAReasonAndNothingElse() throws Exception {
        JsonNode problem = badParty(Locale.ENGLISH);

        assertThat(problem.get("errors")).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.has("field")).isTrue();
            assertThat(entry.has("reason")).isTrue();
            assertThat(entry.size()).isEqualTo(2);
        });
    }

    @Test
    void aNotFoundAnswerFollowsTheLanguageToo() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setAcceptLanguageAsLocales(List.of(Locale.forLanguageTag("en-GB")));
        ResponseEntity<String> response = http.withBasicAuth("admin", "chuanyu-demo").exchange(
                "/api/registry/parties/999999999", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).isEqualTo("No party with id 999999999");
    }

    private JsonNode badParty(Locale language) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            headers.setAcceptLanguageAsLocales(List.of(language));
        }
        ResponseEntity<String> response = http.withBasicAuth("admin", "chuanyu-demo").exchange(
                "/api/registry/parties", HttpMethod.POST, new HttpEntity<>(BAD_PARTY, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody());
    }

    private static List<String> texts(JsonNode problem) {
        List<String> texts = new ArrayList<>(List.of(problem.get("title").asText(), problem.get("detail").asText()));
        problem.get("errors").forEach(entry -> texts.add(entry.get("reason").asText()));
        return texts;
    }
}
