package cn.chuanyu.metrology.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in accounts of the demo run; all share one password. Every demo inspector and supervisor has one, so
 * whoever a draw picks can be played. Only for the local demo, never production.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "chuanyu-demo";

    /** One demo account: who it is, what it may do and which demo staff record it acts as (null: none). */
    public record Account(String username, String role, String province, String staffNo) {
    }

    public static final List<Account> ACCOUNTS = accounts();

    public static final List<String> USERNAMES = ACCOUNTS.stream().map(Account::username).toList();

    private DemoAccounts() {
    }

    private static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account("admin", "ADMIN", null, null));
        for (String province : List.of("SC", "CQ")) {
            staffAccounts(accounts, "inspector", "INSPECTOR", province, "-I-", DemoDataLoader.INSPECTORS_PER_PROVINCE);
            staffAccounts(accounts, "supervisor", "SUPERVISOR", province, "-S-", DemoDataLoader.SUPERVISORS_PER_PROVINCE);
        }
        return List.copyOf(accounts);
    }

    /** inspector.sc acts as SC-I-001, inspector2.sc as SC-I-002, … inspector20.sc as SC-I-020. */
    private static void staffAccounts(List<Account> accounts, String prefix, String role, String province,
                                      String staffKind, int count) {
        for (int i = 1; i <= count; i++) {
            String username = prefix + (i == 1 ? "" : String.valueOf(i)) + "." + province.toLowerCase();
            accounts.add(new Account(username, role, province, province + staffKind + String.format("%03d", i)));
        }
    }
}
