package kr.openapi.keys.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.common.region.Provinces;
import kr.openapi.common.result.ApiException;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.mapping.ApiProductView;
import kr.openapi.keys.service.ApiProductService;
import kr.openapi.keys.service.UsageGuidePdf;
import kr.openapi.keys.service.UsageGuides;

/**
 * The developer portal's pages (seed: OpenAPI 신청 가이드), in Korean. The catalogue and API information are rendered
 * here; member data is fetched by the page's script with the member's token, so the pages themselves are public.
 */
@Path("/portal")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    private static final String PRODUCT_CODE = "[a-z0-9-]{1,50}";

    private final ApiProductService products;
    private final UsageGuides guides;
    private final UsageGuidePdf pdf;
    private final PortalConfig config;

    public PortalPages(ApiProductService products, UsageGuides guides, UsageGuidePdf pdf, PortalConfig config) {
        this.products = products;
        this.guides = guides;
        this.pdf = pdf;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<ApiProductView> products);

        static native TemplateInstance product(ApiProductView product);

        static native TemplateInstance signup();

        static native TemplateInstance login();

        static native TemplateInstance applications();

        static native TemplateInstance mypage();

        static native TemplateInstance admin();

        static native TemplateInstance applyGuide(ApiProductView product);

        static native TemplateInstance useGuide(ApiProductView product, ApiGuide guide, String baseUrl);

        static native TemplateInstance evTariffs();

        static native TemplateInstance evStations(List<Provinces.Province> provinces);

        static native TemplateInstance evStats();
    }

    @GET
    public Uni<TemplateInstance> catalogue() {
        return products.list().map(list -> Templates.catalogue(list.stream().map(ApiProductView::of).toList()));
    }

    @GET
    @Path("/products/{code}")
    public Uni<TemplateInstance> product(@PathParam("code") String code) {
        return products.get(code).map(product -> Templates.product(ApiProductView.of(product)));
    }

    @GET
    @Path("/signup")
    public TemplateInstance signup() {
        return Templates.signup();
    }

    @GET
    @Path("/login")
    public TemplateInstance login() {
        return Templates.login();
    }

    @GET
    @Path("/applications")
    public TemplateInstance applications() {
        return Templates.applications();
    }

    @GET
    @Path("/mypage")
    public TemplateInstance mypage() {
        return Templates.mypage();
    }

    /** 📖 OpenAPI 신청 가이드: the seed's steps, from logging in to the approved key; {@code product} names the API it came from. */
    @GET
    @Path("/guide/apply")
    public Uni<TemplateInstance> applyGuide(@QueryParam("product") String product) {
        if (product == null || !product.matches(PRODUCT_CODE)) {
            return Uni.createFrom().item(Templates.applyGuide(null));
        }
        return products.get(product).map(found -> Templates.applyGuide(ApiProductView.of(found)))
                .onFailure().recoverWithItem(() -> Templates.applyGuide(null));
    }

    /**
     * 📖 OpenAPI 이용 가이드: generated at build from the OpenAPI document of the service serving {@code product}
     * (module {@code api-guide}); the examples call the gateway with a placeholder key.
     */
    @GET
    @Path("/guide/use")
    public Uni<TemplateInstance> useGuide(@QueryParam("product") String product, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (product == null || !product.matches(PRODUCT_CODE)) {
            return Uni.createFrom().item(Templates.useGuide(null, null, null));
        }
        String baseUrl = GatewayAddress.of(config, headers, uri);
        return products.get(product)
                .map(found -> Templates.useGuide(ApiProductView.of(found), guides.forReaders(product, baseUrl).orElse(null), baseUrl))
                .onFailure().recoverWithItem(() -> Templates.useGuide(null, null, null));
    }

    /** The same guide as a PDF file, NanumGothic embedded; laid out on a worker thread. */
    @GET
    @Path("/guide/use/{product: [a-z0-9-]{1,50}}.pdf")
    @Produces("application/pdf")
    public Uni<Response> useGuidePdf(@PathParam("product") String product, @Context HttpHeaders headers, @Context UriInfo uri) {
        String baseUrl = GatewayAddress.of(config, headers, uri);
        ApiGuide guide = guides.forReaders(product, baseUrl).orElseThrow(() -> ApiException.noData("이용 가이드가 없습니다: " + product));
        return products.get(product).map(ApiProductView::of)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(view -> Response.ok(pdf.render(view, guide, baseUrl))
                        .header("Content-Disposition", "attachment; filename=\"openapi-guide-" + product + ".pdf\"").build());
    }

    // The EV charging menus of the seed's portal (충전요금, 충전소조회, 통계정보): public pages whose script reads the
    // charging platform's keyless /ev/public/* through the gateway.

    @GET
    @Path("/ev/tariffs")
    public TemplateInstance evTariffs() {
        return Templates.evTariffs();
    }

    @GET
    @Path("/ev/stations")
    public TemplateInstance evStations() {
        return Templates.evStations(Provinces.ALL);
    }

    @GET
    @Path("/ev/stats")
    public TemplateInstance evStats() {
        return Templates.evStats();
    }

    @GET
    @Path("/admin")
    public TemplateInstance admin() {
        return Templates.admin();
    }
}
