package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import kr.openapi.consent.repository.ConsentFlow;
import kr.openapi.consent.repository.FlowStep;
import kr.openapi.consent.service.ConsentFlowService;
import kr.openapi.consent.service.ConsentPages;
import kr.openapi.consent.service.IdentityClaim;
import kr.openapi.consent.service.StepResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The owner's steps 3 to 7 (seed ③-⑥), one form each, within the session the entry opened. Every form carries
 * the session's CSRF token; each answer is the page of the step the flow is now at.
 */
@PermitAll
@Path(ConsentPageRenderer.PATH)
@Produces(MediaType.TEXT_HTML)
public class ConsentStepResource {

    private final ConsentFlowService flows;
    private final ConsentPages pages;
    private final ConsentPageRenderer renderer;

    public ConsentStepResource(ConsentFlowService flows, ConsentPages pages, ConsentPageRenderer renderer) {
        this.flows = flows;
        this.pages = pages;
        this.renderer = renderer;
    }

    @GET
    @Path("/flow")
    @Operation(summary = "현재 단계 화면", description = "The page of the session's current step; layout=pc|mobile switches the layout")
    public Uni<Response> current(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                                 @Parameter(description = "화면 배치: pc 또는 mobile") @QueryParam("layout") String layout) {
        return flows.session(session)
                .flatMap(flow -> "pc".equals(layout) || "mobile".equals(layout) ? flows.layout(flow, "mobile".equals(layout))
                        : Uni.createFrom().item(flow))
                .flatMap(flow -> {
                    if (flow.step == FlowStep.DONE) {
                        return Uni.createFrom().item(renderer.refused(409, "이미 동의를 마친 절차입니다. 동의 철회는 완료 화면의 링크로 할 수 있습니다.", flow.mobile));
                    }
                    return show(StepResult.next(flow));
                });
    }

    @POST
    @Path("/owner")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "차량 소유자 확인 (3단계)", description = "carOwner and carRegNo against the registry")
    public Uni<Response> owner(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                               @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf,
                               @Parameter(description = "차량 소유자 이름") @FormParam("carOwner") String carOwner,
                               @Parameter(description = "차량 등록번호") @FormParam("carRegNo") String carRegNo) {
        return step(session, csrf, flow -> flows.owner(flow, carOwner, carRegNo));
    }

    @POST
    @Path("/carrier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "통신사 선택 (4단계)", description = "carrier: LGU, KT, SKT or MVNO")
    public Uni<Response> carrier(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                                 @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf,
                                 @Parameter(description = "통신사: LGU, KT, SKT, MVNO(알뜰폰)") @FormParam("carrier") String carrier) {
        return step(session, csrf, flow -> flows.carrier(flow, carrier));
    }

    @POST
    @Path("/identity")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "본인인증 정보 입력 (5단계)", description = "The name must be the owner's name typed at step 3; sends the code")
    public Uni<Response> identity(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                                  @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf,
                                  @Parameter(description = "이름") @FormParam("name") String name,
                                  @Parameter(description = "내국인 L, 외국인 F") @FormParam("nationality") String nationality,
                                  @Parameter(description = "생년월일 yyyyMMdd") @FormParam("birthDate") String birthDate,
                                  @Parameter(description = "성별 M, F") @FormParam("sex") String sex,
                                  @Parameter(description = "휴대폰번호") @FormParam("phone") String phone,
                                  @Parameter(description = "휴대폰본인확인 전체동의") @FormParam("agreeAll") String agreeAll,
                                  @Parameter(description = "개인정보이용동의") @FormParam("agreePrivacy") String agreePrivacy,
                                  @Parameter(description = "고유식별정보처리동의") @FormParam("agreeUniqueId") String agreeUniqueId,
                                  @Parameter(description = "서비스이용약관동의") @FormParam("agreeService") String agreeService,
                                  @Parameter(description = "통신사이용약관동의") @FormParam("agreeCarrier") String agreeCarrier) {
        boolean agreed = checked(agreeAll) || (checked(agreePrivacy) && checked(agreeUniqueId) && checked(agreeService) && checked(agreeCarrier));
        return step(session, csrf, flow -> flows.identity(flow, new IdentityClaim(null, name, nationality, birthDate, sex, phone), agreed));
    }

    @POST
    @Path("/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "인증번호 확인 (6단계)", description = "code: the 6 digits sent; resend: send again")
    public Uni<Response> code(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                              @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf,
                              @Parameter(description = "인증번호 6자리") @FormParam("code") String code,
                              @Parameter(description = "재전송") @FormParam("resend") String resend) {
        return step(session, csrf, flow -> flows.code(flow, code, resend != null && !resend.isEmpty()));
    }

    @POST
    @Path("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "서비스 선택과 동의 (7단계)", description = "svcCode: one per ticked service; decision: agree or cancel")
    public Uni<Response> consent(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                                 @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf,
                                 @Parameter(description = "동의할 서비스 코드") @FormParam("svcCode") List<String> svcCodes,
                                 @Parameter(description = "agree 동의, cancel 취소") @FormParam("decision") String decision) {
        return step(session, csrf, flow -> flows.consent(flow, svcCodes, decision));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "동의 절차 취소", description = "Ends the flow; leads to returnURLD when the institution gave one")
    public Uni<Response> cancel(@CookieParam(ConsentPageRenderer.SESSION_COOKIE) String session,
                                @Parameter(description = "화면의 요청 확인 값") @FormParam("csrf") String csrf) {
        return step(session, csrf, flows::cancel);
    }

    /** A ticked checkbox of the page ({@code value="Y"}; {@code on} is what a checkbox without a value sends). */
    private static boolean checked(String box) {
        return "Y".equalsIgnoreCase(box) || "on".equalsIgnoreCase(box);
    }

    /** A form of the session's pages: its token checked, the step applied, the page of where the flow now is. */
    private Uni<Response> step(String session, String csrf, Function<ConsentFlow, Uni<StepResult>> step) {
        return flows.posted(session, csrf).flatMap(step::apply).flatMap(this::show);
    }

    private Uni<Response> show(StepResult result) {
        if (result.flow().step == FlowStep.CANCELLED && result.flow().returnUrlD != null) {
            // The address was checked against the institution's site at the entry.
            return Uni.createFrom().item(ConsentPageRenderer.secured(Response.seeOther(java.net.URI.create(result.flow().returnUrlD)), null)
                    .build());
        }
        return pages.of(result).map(page -> renderer.page(page, result.flow()));
    }
}
