package se.styrledger.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.styrledger.platform.web.Problems;

/**
 * An address that no controller or static file answers. Outside the API a person typed or followed it: the Swedish
 * 404 page. Under /api (and the operators' paths) a program asked: the same problem+json as every API error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnknownAddresses {

    private final ErrorPages errors;

    public UnknownAddresses(ErrorPages errors) {
        this.errors = errors;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (WebPaths.isPage(path)) {
            return errors.notFound(request, "Adressen finns inte.");
        }
        String resource = e.getResourcePath();
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, "Adressen finns inte: /"
                        + (resource.length() > 80 ? resource.substring(0, 80) + "…" : resource), null, null));
    }
}
