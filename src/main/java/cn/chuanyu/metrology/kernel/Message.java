package cn.chuanyu.metrology.kernel;

import org.springframework.context.MessageSourceResolvable;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words for a reader, kept as a message code of {@code messages*.properties} and its arguments until they are
 * shown, so a refusal reads in the reader's language. An argument may itself be a {@code Message} (an enum's
 * label, say); it is worded in the same language.
 */
public record Message(String code, List<Object> arguments) implements MessageSourceResolvable {

    /** The code whose wording is its one argument as it is. */
    public static final String WORDED = "problem.worded";

    public Message {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments.stream().map(Message::plain).toList());
    }

    public static Message of(String code, Object... arguments) {
        return new Message(code, Arrays.asList(arguments));
    }

    /**
     * Words already in the reader's language, e.g. a bean-validation message interpolated for this request: kept
     * as they are.
     */
    public static Message worded(String text) {
        return of(WORDED, text);
    }

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    /** The code and arguments, for logs; readers get the worded message. */
    /** Numbers stay as written (an id 12345, never "12,345"); a missing value is empty. */
    private static Object plain(Object argument) {
        if (argument == null) {
            return "";
        }
        return argument instanceof Number || argument instanceof Enum<?> ? argument.toString() : argument;
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? code : code + arguments;
    }
}
