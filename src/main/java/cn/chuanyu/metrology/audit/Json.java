package cn.chuanyu.metrology.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;
import java.util.TreeMap;

/** The detail of a record as JSON with its keys sorted, so the same values always give the same text. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Json() {
    }

    /** The JSON text of the values; null for none. */
    static String of(Map<String, ?> detail) {
        if (detail.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }
}
