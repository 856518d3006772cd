package org.anlan.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.anlan.platform.error.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages speak zh-CN, whatever the browser's language, unless the user chose English
 * ({@code ?lang=en}, kept in a cookie); API clients may ask for English with {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("anlan-lang") {
            @Override
            public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
                                         jakarta.servlet.http.HttpServletResponse response,
                                         org.springframework.context.i18n.LocaleContext context) {
                Locale wanted = context == null ? null : context.getLocale();
                Locale supported = wanted != null && wanted.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                super.setLocaleContext(request, response, new org.springframework.context.i18n.SimpleLocaleContext(supported));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                ? ApiProblems.fromAcceptLanguage(request.getHeader("Accept-Language"))
                : Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
