package cn.chuanyu.metrology.system;

import java.util.List;

/** The prod profile was asked for with settings missing or too weak; names each of them and why. */
class MissingProductionSettings extends IllegalStateException {

    private final List<ProductionSetting.Problem> problems;

    MissingProductionSettings(List<ProductionSetting.Problem> problems) {
        super("The prod profile cannot start with these settings:" + System.lineSeparator()
                + String.join(System.lineSeparator(), problems.stream().map(problem -> "    " + problem).toList())
                + System.lineSeparator() + "Production never starts the embedded database or mail server, nor signs "
                + "links or the audit chain with a short or demo key.");
        this.problems = problems;
    }

    List<ProductionSetting.Problem> problems() {
        return problems;
    }

    /** The environment variables to set or change, in the order checked. */
    List<String> variables() {
        return problems.stream().map(ProductionSetting.Problem::variable).toList();
    }

    /** No stack trace: the message says everything an operator needs. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
