package se.styrledger.web.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.platform.security.oidc.KommunLogin;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.Views;

/** The sign-in page for the local accounts; Spring Security handles the POST (WebSecurityConfiguration). */
@Controller
public class LoginPageController {

    private final ObjectProvider<KommunLogin> kommunLogin;

    public LoginPageController(ObjectProvider<KommunLogin> kommunLogin) {
        this.kommunLogin = kommunLogin;
    }

    /** Offers the kommun's own login (OIDC) beside the local accounts when an operator has configured it. */
    @GetMapping("/logga-in")
    public ModelAndView login(PageContext page, @RequestParam(name = "fel", required = false) String failed,
                              @RequestParam(name = "utloggad", required = false) String loggedOut) {
        KommunLogin login = kommunLogin.getIfAvailable();
        return Views.page("pages/login", page, "failed", failed != null, "loggedOut", loggedOut != null,
                "kommunLogin", login != null && login.browserLoginConfigured() ? KommunLogin.START_PATH : null);
    }

    /** Where a signed-in account without the page's role, or a form without its CSRF token, lands (by forward). */
    @RequestMapping("/ej-behorig")
    public ModelAndView forbidden(PageContext page, HttpServletRequest request) {
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return Views.page(HttpStatus.FORBIDDEN, "pages/error", page, "status", 403, "heading",
                    "Formuläret kunde inte skickas", "detail", "Formuläret saknade sin säkerhetskod eller hade gått"
                            + " ut. Ladda om sidan och skicka det igen. Inget har registrerats.");
        }
        return Views.page(HttpStatus.FORBIDDEN, "pages/error", page, "status", 403, "heading", "Behörighet saknas",
                "detail", "Ditt konto saknar den roll som krävs för sidan. Logga in med ett annat konto.");
    }
}
