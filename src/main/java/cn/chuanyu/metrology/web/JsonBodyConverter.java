package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON request body so that every problem of its JSON is known at once: duplicate keys, unknown
 * properties and values of the wrong type are noted per field ({@link BodyProblems}) and validation answers them
 * together with the body's constraints and the domain's rules. Only malformed JSON stops the reading.
 */
class JsonBodyConverter extends MappingJackson2HttpMessageConverter {

    JsonBodyConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JavaType javaType = getJavaType(type, contextClass);
        try {
            List<FieldProblem> problems = new ArrayList<>(DuplicateKeys.in(getObjectMapper().getFactory(), body));
            Object value = getObjectMapper().readerFor(javaType).withHandler(new BindingProblems(problems))
                    .readValue(body);
            if (value == null) {
                throw new HttpMessageNotReadableException("request body is missing", input);
            }
            BodyProblems.keep(value, problems);
            return value;
        } catch (JsonProcessingException unreadable) {
            throw new HttpMessageNotReadableException("JSON parse error: " + unreadable.getOriginalMessage(),
                    unreadable, input);
        }
    }
}
