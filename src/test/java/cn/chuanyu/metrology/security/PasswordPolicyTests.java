package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.kernel.Wording;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void acceptsTheDemoAndTestPasswords() {
        assertThat(PasswordPolicy.problems("admin", "chuanyu-demo")).isEmpty();
        assertThat(PasswordPolicy.problems("inspector-1", TestAccounts.PASSWORD)).isEmpty();
    }

    @Test
    void refusesShortCommonRepeatedAndUsernamePasswords() {
        assertThat(PasswordPolicy.problems("li.wei", "short-pw")).extracting(Wording::english).containsExactly("must have at least 12 characters");
        assertThat(PasswordPolicy.problems("li.wei", "Password1234")).extracting(Wording::english).containsExactly("is one of the most common passwords");
        assertThat(PasswordPolicy.problems("li.wei", "aaaaaaaaaaaaaa")).extracting(Wording::english).containsExactly("must not repeat a single character");
        assertThat(PasswordPolicy.problems("li.wei", "my-LI.WEI-password")).extracting(Wording::english).containsExactly("must not contain the username");
        assertThat(PasswordPolicy.problems("li.wei", "xx-iew.il-xxxxx")).extracting(Wording::english).containsExactly("must not contain the username");
        assertThat(PasswordPolicy.problems("li.wei", null)).hasSize(1);
    }

    @Test
    void refusesPasswordsBCryptWouldCut() {
        assertThat(PasswordPolicy.problems("li.wei", "密码".repeat(13))).extracting(Wording::english).containsExactly("must have at most 72 bytes");
    }
}
