package se.styrledger.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shorthand for a page: its template under src/main/jte, the page context and the template's other parameters. */
public final class Views {

    private Views() {
    }

    /**
     * @param template     path under src/main/jte without ".jte", e.g. {@code "pages/start"}
     * @param namesValues  the template's other parameters as name, value, name, value …
     */
    public static ModelAndView page(String template, PageContext page, Object... namesValues) {
        return page(HttpStatus.OK, template, page, namesValues);
    }

    public static ModelAndView page(HttpStatus status, String template, PageContext page, Object... namesValues) {
        if (namesValues.length % 2 != 0) {
            throw new IllegalArgumentException("Template parameters come in name, value pairs");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        for (int i = 0; i < namesValues.length; i += 2) {
            model.put((String) namesValues[i], namesValues[i + 1]);
        }
        ModelAndView view = new ModelAndView(template + Templates.SUFFIX, model);
        view.setStatus(status);
        return view;
    }
}
