package se.styrledger.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.Problems;

import java.util.Map;

/**
 * Every failure of a page answers a Swedish page without a stack trace: 404 for an id or address that names
 * nothing, 400 for a malformed id, 500 (logged) for the unexpected. Only the UI's controllers: the API keeps its
 * problem+json (ProblemHandler).
 */
@ControllerAdvice(basePackages = "se.styrledger.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorPages implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageContextResolver pages;

    public ErrorPages(PageContextResolver pages) {
        this.pages = pages;
    }

    @ExceptionHandler(PageNotFound.class)
    ModelAndView notFound(PageNotFound e, HttpServletRequest request) {
        return notFound(request, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return notFound(request, "Adressen innehåller inget giltigt id.");
    }

    @ExceptionHandler(LedgerException.class)
    ModelAndView ledger(LedgerException e, HttpServletRequest request) {
        if (e.kind() == LedgerException.Kind.NOT_FOUND) {
            return notFound(request, e.getMessage());
        }
        return page(request, Problems.status(e.kind()), "Sidan kan inte visas", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure rendering {}", request.getRequestURI(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
                "Ett oväntat fel inträffade när sidan skulle visas. Felet är loggat. Försök igen om en stund.");
    }

    /** Pages for failures outside the controllers (Spring Boot's /error), for browsers. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status == HttpStatus.NOT_FOUND) {
            return notFound(request, "Adressen finns inte.");
        }
        if (status == HttpStatus.FORBIDDEN) {
            return page(request, status, "Behörighet saknas", "Ditt konto saknar den roll som krävs för sidan.");
        }
        return page(request, status, "Sidan kan inte visas", status.is5xxServerError()
                ? "Ett oväntat fel inträffade. Felet är loggat. Försök igen om en stund."
                : "Begäran kunde inte behandlas.");
    }

    public ModelAndView notFound(HttpServletRequest request, String detail) {
        return page(request, HttpStatus.NOT_FOUND, "Sidan finns inte", detail);
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String heading, String detail) {
        return Views.page(status, "pages/error", pages.of(request), "status", status.value(), "heading", heading,
                "detail", detail);
    }
}
