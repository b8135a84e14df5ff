package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML the server sends for a refused form already ties each invalid field to the error beside it
 * ({@code aria-invalid}, {@code aria-describedby} naming the error's id): a screen reader needs no script for it.
 */
@IntegrationTest
class FieldErrorAttributesIntegrationTests {

    private static final String PASSWORD = "field errors in the html";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aBoundFormsInvalidFieldsAreMarkedAndDescribedByTheirErrorsAndTheValidOnesAreNot() {
        String admin = "fe" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(admin, encoder.encode(PASSWORD), admin, Role.ADMIN, null, null));
        PageSession session = PageSession.signedIn(port, admin, PASSWORD);

        String page = session.post("/admin/users/new", "/admin/users",
                Map.of("username", "x y", "staffNo", "", "displayName", "", "password", "short")).body();

        assertTiedToItsError(page, "username");
        assertTiedToItsError(page, "password");
        assertThat(input(page, "staffNo")).doesNotContain("aria-invalid");
    }

    @Test
    void aFormWithAListOfProblemsMarksTheFieldsTheyName() {
        String page = PageSession.anonymous(port).get("/public/audit?number=abc&sequence=&headMac=").body();

        assertTiedToItsError(page, "number");
        assertThat(input(page, "headMac")).doesNotContain("aria-invalid");
    }

    private static void assertTiedToItsError(String page, String id) {
        String input = input(page, id);
        assertThat(input).as(input).contains("aria-invalid=\"true\"", "aria-describedby=\"" + id + "-error\"");
        Matcher error = Pattern.compile("<(p|div) [^>]*id=\"" + id + "-error\"[^>]*>\\s*(<p [^>]*>)?([^<]+)<")
                .matcher(page);
        assertThat(error.find()).as("an element with id " + id + "-error").isTrue();
        assertThat(error.group(3).strip()).as("the error's words").isNotEmpty();
    }

    private static String input(String page, String id) {
        Matcher input = Pattern.compile("<input [^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as("input " + id).isTrue();
        return input.group();
    }
}
