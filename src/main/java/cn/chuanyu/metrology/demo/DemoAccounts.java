package cn.chuanyu.metrology.demo;

import java.util.List;

/** The sign-in accounts of the demo run; all share one password. Only for the local demo, never production. */
public final class DemoAccounts {

    public static final String PASSWORD = "chuanyu-demo";

    /** One demo account: who it is and what it may do. */
    public record Account(String username, String role, String province, String description) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "ADMIN", null, "administrator of both provinces"),
            new Account("inspector.sc", "INSPECTOR", "SC", "inspector, Sichuan"),
            new Account("inspector2.sc", "INSPECTOR", "SC", "second inspector, Sichuan"),
            new Account("supervisor.sc", "SUPERVISOR", "SC", "supervisor, Sichuan"),
            new Account("inspector.cq", "INSPECTOR", "CQ", "inspector, Chongqing"),
            new Account("inspector2.cq", "INSPECTOR", "CQ", "second inspector, Chongqing"),
            new Account("supervisor.cq", "SUPERVISOR", "CQ", "supervisor, Chongqing"));

    public static final List<String> USERNAMES = ACCOUNTS.stream().map(Account::username).toList();

    private DemoAccounts() {
    }
}
