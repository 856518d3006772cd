package org.anlan.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

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
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (request.getRequestURI().startsWith("/api/") && header != null && !header.isBlank()) {
                try {
                    Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    if (best != null) {
                        return best;
                    }
                } catch (IllegalArgumentException malformedHeader) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        });
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
