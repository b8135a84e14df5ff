package cn.chuanyu.metrology.system;

import java.util.List;

/** The prod profile was asked for without the external servers it needs. */
class MissingProductionSettings extends IllegalStateException {

    private final List<String> variables;

    MissingProductionSettings(List<String> variables) {
        super("The prod profile needs " + String.join(" and ", variables)
                + ": production never starts the embedded database or mail server, nor signs links with the demo secret, nor keeps the audit chain key in its data folder");
        this.variables = variables;
    }

    List<String> variables() {
        return variables;
    }
}
