package cn.chuanyu.metrology.security;

/** What a signed-in person does for a regulator. */
public enum Role {
    ADMIN, SUPERVISOR, INSPECTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
