package cn.chuanyu.metrology.security;

/** Published inside the transaction that added a sign-in account, so mirrors of the accounts follow it. */
public record AccountCreated(String username) {
}
