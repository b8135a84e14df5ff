package cn.chuanyu.metrology.registry.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the cells of one CSV row by column name, collecting a problem for every cell that is wrong. */
final class Cells {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final int row;
    private final Map<String, String> values;
    private final List<RowProblem> problems = new ArrayList<>();

    Cells(int row, Map<String, String> values) {
        this.row = row;
        this.values = values;
    }

    int row() {
        return row;
    }

    List<RowProblem> problems() {
        return problems;
    }

    void problem(String column, String reason) {
        problems.add(new RowProblem(row, column, reason));
    }

    boolean isBlank(String column) {
        String value = values.get(column);
        return value == null || value.isBlank();
    }

    /** The trimmed text, or null (with a problem) when it is blank or longer than max. */
    String required(String column, int max) {
        if (isBlank(column)) {
            problem(column, "is required");
            return null;
        }
        return optional(column, max);
    }

    /** The trimmed text, null when blank; a problem when longer than max. */
    String optional(String column, int max) {
        if (isBlank(column)) {
            return null;
        }
        String value = values.get(column).strip();
        if (value.length() > max) {
            problem(column, "is " + value.length() + " characters long, at most " + max + " allowed");
            return null;
        }
        return value;
    }

    String oneOf(String column, List<String> allowed, String defaultValue) {
        String value = defaultValue == null ? required(column, 40) : optional(column, 40);
        if (value == null) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            problem(column, "'" + value + "' is not one of " + allowed);
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, E defaultValue) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String value = oneOf(column, names, defaultValue == null ? null : defaultValue.name());
        return value == null ? null : Enum.valueOf(type, value);
    }

    LocalDate date(String column) {
        return parseDate(column, required(column, 10));
    }

    /** A date that may be left empty. */
    LocalDate optionalDate(String column) {
        return parseDate(column, optional(column, 10));
    }

    private LocalDate parseDate(String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not a date (yyyy-MM-dd)");
            return null;
        }
    }

    /** A semicolon-separated list, each item trimmed and at most max characters long. */
    List<String> list(String column, int maxItems, int max) {
        if (isBlank(column)) {
            return List.of();
        }
        List<String> items = Arrays.stream(values.get(column).split(";")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
        if (items.size() > maxItems) {
            problem(column, "has " + items.size() + " items, at most " + maxItems + " allowed");
        }
        items.stream().filter(item -> item.length() > max).findFirst()
                .ifPresent(item -> problem(column, "an item is longer than " + max + " characters"));
        return items;
    }

    List<String> emails(String column) {
        List<String> emails = list(column, 10, 320);
        emails.stream().filter(email -> !EMAIL.matcher(email).matches()).forEach(email ->
                problem(column, "'" + email + "' is not an email address"));
        return emails;
    }

    String email(String column) {
        String email = optional(column, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problem(column, "'" + email + "' is not an email address");
        }
        return email;
    }
}
