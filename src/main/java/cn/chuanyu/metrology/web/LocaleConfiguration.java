package cn.chuanyu.metrology.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Pages speak zh-CN by default; {@code ?lang=en} (or {@code ?lang=zh-CN}) switches and a cookie remembers it.
 * The API answers in the language of the request's {@code Accept-Language} (zh-CN or en; zh-CN without one).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver("lang");
        pages.setDefaultLocale(DEFAULT);
        pages.setCookieMaxAge(Duration.ofDays(365));
        pages.setCookieHttpOnly(true);
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(SUPPORTED);
        api.setDefaultLocale(DEFAULT);
        return new ApiOrPageLocaleResolver(api, pages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** {@code /api/**} by the request's header, pages by the remembered choice. */
    record ApiOrPageLocaleResolver(AcceptHeaderLocaleResolver api, CookieLocaleResolver pages)
            implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            pages.setLocale(request, response, locale);
        }

        private static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
    }
}
