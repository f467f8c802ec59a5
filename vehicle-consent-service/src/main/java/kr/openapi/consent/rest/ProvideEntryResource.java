package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.openapi.consent.mapping.EntryForm;
import kr.openapi.consent.service.ConsentEntry;
import kr.openapi.consent.service.ConsentPages;
import kr.openapi.consent.service.StepResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The institution's form lands here (seed ⑦ ②, {@code car365.go.kr/aio365/provide/ProvideContent.do}), in a new
 * window. Public at the gateway: the signed hashValue is the credential. Answers step 3's page directly (not by
 * redirect), so that the session cookie set here is sent with the owner's next form.
 */
@PermitAll
@Path("/aio365/provide/ProvideContent.do")
public class ProvideEntryResource {

    private final ConsentEntry entry;
    private final ConsentPages pages;
    private final ConsentPageRenderer renderer;

    public ProvideEntryResource(ConsentEntry entry, ConsentPages pages, ConsentPageRenderer renderer) {
        this.entry = entry;
        this.pages = pages;
        this.renderer = renderer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "첨부형 API 제공 동의 시작", description = "The institution's form (hashValue, timeStamp, svcCodeArr, svcType,"
            + " carOwner, carRegNo, insttCode, siteURL, siteName, returnURLA, returnURLD), UTF-8 or EUC-KR; answers the consent page")
    @RequestBody(description = "application/x-www-form-urlencoded, as the seed's hidden-field form posts it")
    public Uni<Response> enter(byte[] body, @Parameter(description = "본문 형식; charset이 없고 UTF-8이 아니면 EUC-KR로 읽음") @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @Parameter(description = "브라우저 (PC 또는 모바일 화면 배치를 고름)") @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        EntryForm form = EntryForm.of(FormBody.decode(body, contentType));
        return entry.start(form, ConsentPageRenderer.mobile(userAgent)).flatMap(started -> pages.of(StepResult.next(started.flow()))
                .map(page -> Response.fromResponse(renderer.page(page, started.flow()))
                        .cookie(renderer.sessionCookie(started.sessionToken())).build()));
    }
}
