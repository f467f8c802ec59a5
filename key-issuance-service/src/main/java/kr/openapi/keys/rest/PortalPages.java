package kr.openapi.keys.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.common.region.Provinces;
import kr.openapi.keys.mapping.ApiProductView;
import kr.openapi.keys.service.ApiProductService;

/**
 * The developer portal's pages (seed: OpenAPI 신청 가이드), in Korean. The catalogue and API information are rendered
 * here; member data is fetched by the page's script with the member's token, so the pages themselves are public.
 */
@Path("/portal")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    private final ApiProductService products;

    public PortalPages(ApiProductService products) {
        this.products = products;
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
        if (product == null || !product.matches("[a-z0-9-]{1,50}")) {
            return Uni.createFrom().item(Templates.applyGuide(null));
        }
        return products.get(product).map(found -> Templates.applyGuide(ApiProductView.of(found)))
                .onFailure().recoverWithItem(() -> Templates.applyGuide(null));
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
