package cn.chuanyu.metrology.registry;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so a client can page through. */
public record ResultPage<T>(List<T> content, int page, int size, long totalElements) {

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
