package se.styrledger.web.support;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The precompiled JTE templates of {@code src/main/jte} (classes in {@code se.styrledger.web.jte}, generated at build
 * time, ADR 0060) as Spring MVC views: a controller returns the view name {@code "pages/start.jte"} with the
 * template's parameters as model attributes.
 */
@Component
public class Templates implements ViewResolver, Ordered {

    static final String SUFFIX = ".jte";
    private static final String HTML = "text/html;charset=UTF-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "se.styrledger.web.jte");

    /** Renders one template to a string: for pages built outside MVC (error views) and for tests. */
    public String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        return viewName.endsWith(SUFFIX) ? new JteView(viewName) : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final class JteView implements View {
        private final String template;

        private JteView(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void render(Map<String, ?> model, jakarta.servlet.http.HttpServletRequest request,
                           jakarta.servlet.http.HttpServletResponse response) throws Exception {
            byte[] body = Templates.this.render(template, (Map<String, Object>) model).getBytes(StandardCharsets.UTF_8);
            response.setContentType(HTML);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
