package kr.openapi.driver.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.driver.config.ConsentLinks;
import kr.openapi.driver.mapping.ConsentStatus;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.repository.ConsentSubject;
import kr.openapi.driver.service.ConsentService;

/**
 * The driver's page, opened from the personal link: public (the unguessable link is the credential), Korean,
 * mobile-first. It names the company and what is shared, and takes {@code decision=agree} or {@code withdraw}.
 * The link must not leak: no caching, no referrer, no framing.
 */
@PermitAll
@Path(ConsentLinks.PATH + "{token}")
public class ConsentPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String company, String bizCode, String driver, String statusLabel, boolean agreed,
                                            String decidedAt, String action, boolean decided);

        static native TemplateInstance unknown();
    }

    private static final Map<ConsentStatus, String> LABELS = Map.of(ConsentStatus.PENDING, "아직 동의하지 않음",
            ConsentStatus.AGREED, "동의함", ConsentStatus.WITHDRAWN, "동의 철회함");

    private final ConsentService consents;

    public ConsentPageResource(ConsentService consents) {
        this.consents = consents;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> show(@PathParam("token") String token, @QueryParam("decided") String decided) {
        return consents.subject(token).map(subject -> page(subject, token, "1".equals(decided)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> decide(@PathParam("token") String token, @FormParam("decision") String decision) {
        if (!"agree".equals(decision) && !"withdraw".equals(decision)) {
            return consents.subject(token).map(subject -> subject == null ? page(null, token, false)
                    : Response.fromResponse(page(subject, token, false)).status(400).build());
        }
        return consents.decide(token, "agree".equals(decision)).map(subject -> subject == null ? page(null, token, false)
                // Post/redirect/get: reloading the page does not send the decision again.
                // The location stays relative: the browser resolves it against the gateway's address, not this service's.
                : Response.status(Response.Status.SEE_OTHER).header("Location", ConsentLinks.PATH + token + "?decided=1").build());
    }

    private static Response page(ConsentSubject subject, String token, boolean decided) {
        Response.ResponseBuilder response = subject == null
                ? Response.status(404).entity(Templates.unknown())
                : Response.ok(Templates.page(subject.bizName() == null || subject.bizName().isBlank() ? "대리운전업체" : subject.bizName(),
                        subject.bizCode(), PersonalDataMask.name(subject.driverName()), LABELS.get(ConsentStatus.ofAgreeYn(subject.agreeYn())),
                        "Y".equals(subject.agreeYn()),
                        subject.agreeDate() == null ? null : ProtocolTime.format(subject.agreeDate().toInstant()),
                        ConsentLinks.PATH + token, decided));
        return response.type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .build();
    }
}
