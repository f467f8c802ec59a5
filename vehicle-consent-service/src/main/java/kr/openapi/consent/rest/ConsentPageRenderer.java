package kr.openapi.consent.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import kr.openapi.consent.config.ConsentConfig;
import kr.openapi.consent.mapping.ConsentPage;
import kr.openapi.consent.repository.ConsentFlow;
import kr.openapi.consent.repository.FlowStep;
import kr.openapi.consent.service.ConsentFlowService;

/**
 * Renders the owner's pages (seed steps 3-7; PC and mobile layouts) with the headers every one of them carries:
 * nothing cached, no referrer, no framing, scripts and styles only from this service, and forms posted only here
 * (or to the institution's return address, where a cancel leads).
 */
@ApplicationScoped
public class ConsentPageRenderer {

    /** The session cookie: HttpOnly, only sent to the consent pages. */
    public static final String SESSION_COOKIE = "AIO365_SESSION";
    public static final String PATH = "/aio365/provide";
    private static final Pattern MOBILE = Pattern.compile("Mobi|Android|iPhone|iPad|iPod", Pattern.CASE_INSENSITIVE);

    @CheckedTemplate(basePath = "consent")
    static class Templates {
        static native TemplateInstance owner(ConsentPage page);

        static native TemplateInstance carrier(ConsentPage page);

        static native TemplateInstance identity(ConsentPage page);

        static native TemplateInstance code(ConsentPage page);

        static native TemplateInstance consent(ConsentPage page);

        static native TemplateInstance done(ConsentPage page);

        static native TemplateInstance cancelled(ConsentPage page);

        static native TemplateInstance refused(String message, boolean mobile);

        static native TemplateInstance withdraw(WithdrawPage page);
    }

    private final ConsentConfig config;

    public ConsentPageRenderer(ConsentConfig config) {
        this.config = config;
    }

    public static boolean mobile(String userAgent) {
        return userAgent != null && MOBILE.matcher(userAgent).find();
    }

    /** The page of the flow's current step; a problem the owner can fix is answered 422 on the same page. */
    public Response page(ConsentPage page, ConsentFlow flow) {
        TemplateInstance template = switch (page.step()) {
            case OWNER -> Templates.owner(page);
            case CARRIER -> Templates.carrier(page);
            case IDENTITY -> Templates.identity(page);
            case CODE -> Templates.code(page);
            case CONSENT -> Templates.consent(page);
            case DONE -> Templates.done(page);
            case CANCELLED -> Templates.cancelled(page);
            case LOCKED -> Templates.refused(ConsentFlowService.LOCKED, page.mobile());
        };
        int status = page.step() == FlowStep.LOCKED ? 403 : page.error() != null ? 422 : 200;
        return secured(Response.status(status).entity(template.render()), flow == null ? null : flow.returnUrlD).build();
    }

    public Response refused(int status, String message, boolean mobile) {
        return secured(Response.status(status).entity(Templates.refused(message, mobile).render()), null).build();
    }

    public Response withdraw(WithdrawPage page, int status) {
        return secured(Response.status(status).entity(Templates.withdraw(page).render()), null).build();
    }

    /** The cookie that carries the session to the following steps. */
    public NewCookie sessionCookie(String token) {
        return new NewCookie.Builder(SESSION_COOKIE).value(token).path(PATH).httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    static Response.ResponseBuilder secured(Response.ResponseBuilder response, String returnUrl) {
        String formTargets = "'self'" + origin(returnUrl);
        return response.type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
                        + " form-action " + formTargets + "; frame-ancestors 'none'; base-uri 'none'");
    }

    private static String origin(String url) {
        if (url == null) {
            return "";
        }
        URI uri = URI.create(url);
        return " " + uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The owner's withdrawal page: the consents under their link. */
    public record WithdrawPage(String action, java.util.List<Row> consents, boolean anyGiven, boolean justWithdrawn, boolean mobile) {
        public record Row(String institution, String service, String items, String status, String givenAt, String withdrawnAt) {
        }
    }
}
