package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.repository.StoredConsent;
import kr.openapi.consent.service.ConsentPages;
import kr.openapi.consent.service.ConsentRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The owner's withdrawal page ("동의 철회는 언제든지 개인의 요청에 의해 철회가 가능"), reached with the link the
 * completion page showed: the unguessable link is the credential.
 */
@PermitAll
@Path(ConsentPages.WITHDRAW_PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
public class WithdrawPageResource {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ConsentRecords consents;
    private final ConsentPageRenderer renderer;

    public WithdrawPageResource(ConsentRecords consents, ConsentPageRenderer renderer) {
        this.consents = consents;
        this.renderer = renderer;
    }

    @GET
    @Operation(summary = "동의 철회 화면", description = "The consents given under the owner's withdrawal link")
    public Uni<Response> show(@Parameter(description = "동의 완료 화면의 철회 링크 값") @PathParam("token") String token,
                              @Parameter(description = "브라우저 (PC 또는 모바일 화면 배치를 고름)") @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return consents.underLink(token).map(found -> page(token, found, false, userAgent));
    }

    @POST
    @Operation(summary = "동의 철회", description = "Withdraws every consent still given under the link; institutions' calls stop at once")
    public Uni<Response> withdraw(@Parameter(description = "동의 완료 화면의 철회 링크 값") @PathParam("token") String token,
                                  @Parameter(description = "브라우저 (PC 또는 모바일 화면 배치를 고름)") @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return consents.withdrawByOwner(token).map(found -> page(token, found, true, userAgent));
    }

    private Response page(String token, List<StoredConsent> found, boolean justWithdrawn, String userAgent) {
        boolean mobile = ConsentPageRenderer.mobile(userAgent);
        if (found.isEmpty()) {
            return renderer.refused(404, "유효하지 않은 철회 링크입니다.", mobile);
        }
        List<ConsentPageRenderer.WithdrawPage.Row> rows = found.stream().map(consent -> new ConsentPageRenderer.WithdrawPage.Row(
                consent.insttName(), consent.svcName(), String.join(", ", VehicleItem.labels(consent.items())),
                consent.given() ? "동의함" : "철회함", consent.givenAt().atZoneSameInstant(SEOUL).format(SHOWN),
                consent.withdrawnAt() == null ? null : consent.withdrawnAt().atZoneSameInstant(SEOUL).format(SHOWN))).toList();
        return renderer.withdraw(new ConsentPageRenderer.WithdrawPage(ConsentPages.WITHDRAW_PATH + token, rows,
                found.stream().anyMatch(StoredConsent::given), justWithdrawn, mobile), 200);
    }
}
