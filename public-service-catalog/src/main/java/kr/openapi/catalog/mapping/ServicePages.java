package kr.openapi.catalog.mapping;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The {@code format=html} pages: readable Korean tables of a list page and of one service (Qute, escaped). */
public final class ServicePages {

    private ServicePages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ServiceListResponse page, String query);

        static native TemplateInstance detail(ServiceDetailResponse.Svc svc);
    }

    public static Uni<String> list(ServiceListResponse page, String query) {
        return Templates.list(page, query).createUni();
    }

    public static Uni<String> detail(ServiceDetailResponse.Svc svc) {
        return Templates.detail(svc).createUni();
    }

    /** Only web addresses become links: an imported {@code javascript:} address is shown as text, not run. */
    @TemplateExtension
    static boolean isWebLink(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    /** Support forms are joined with {@code ||} on the wire; a page shows them as a list. */
    @TemplateExtension
    static String readable(String supportForms) {
        return supportForms == null ? "" : String.join(", ", supportForms.split("\\|\\|"));
    }
}
