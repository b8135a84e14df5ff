package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.RequestRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * How the API reads and checks a request body: JSON read on past every wrong field ({@link JsonBodyConverter}),
 * then one validation of types, constraints and domain rules together ({@link RequestValidator}).
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyConfiguration implements WebMvcConfigurer {

    private final jakarta.validation.Validator beanValidation;
    private final ObjectProvider<RequestRules<?>> rules;

    RequestBodyConfiguration(jakarta.validation.Validator beanValidation, ObjectProvider<RequestRules<?>> rules) {
        this.beanValidation = beanValidation;
        this.rules = rules;
    }

    @Bean
    JsonBodyConverter jsonBodyConverter(ObjectMapper mapper) {
        return new JsonBodyConverter(mapper);
    }

    @Override
    public Validator getValidator() {
        List<RequestRules<?>> all = rules.orderedStream().toList();
        return new RequestValidator(beanValidation, all);
    }
}
