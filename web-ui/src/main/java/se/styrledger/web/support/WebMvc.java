package se.styrledger.web.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets any controller method take a {@link PageContext}. */
@Configuration(proxyBeanMethods = false)
public class WebMvc implements WebMvcConfigurer {

    private final PageContextResolver pages;

    public WebMvc(PageContextResolver pages) {
        this.pages = pages;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pages);
    }
}
