package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.InvalidInputException;

import java.util.Arrays;
import java.util.List;

/** A {@code sort} request parameter such as {@code nameZh} or {@code updatedAt,desc}, against a whitelist. */
record SortOrder<E extends Enum<E>>(E field, boolean descending) {

    static <E extends Enum<E>> SortOrder<E> parse(String text, Class<E> fields) {
        String[] parts = text.split(",", -1);
        E field = Arrays.stream(fields.getEnumConstants())
                .filter(constant -> camel(constant.name()).equals(parts[0])).findFirst().orElse(null);
        boolean directionOk = parts.length == 1 || parts.length == 2 && List.of("asc", "desc").contains(parts[1]);
        if (field == null || !directionOk) {
            List<String> names = Arrays.stream(fields.getEnumConstants()).map(c -> camel(c.name())).toList();
            throw new InvalidInputException("sort", "problem.sort", String.join(", ", names));
        }
        return new SortOrder<>(field, parts.length == 2 && parts[1].equals("desc"));
    }

    private static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase().split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
