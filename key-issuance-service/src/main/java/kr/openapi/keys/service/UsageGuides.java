package kr.openapi.keys.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.GuideExample;
import kr.openapi.guide.service.GuideCatalog;

/**
 * The usage guides (OpenAPI 이용 가이드) generated at build from the product services' OpenAPI documents (module
 * {@code api-guide}), with their examples made ready to run: the gateway's address filled in, and the caller's own
 * service key when a member reads them on their own key, or a placeholder anyone else sees.
 */
@ApplicationScoped
public class UsageGuides {

    /** What a reader without a key sees in place of it. */
    public static final String KEY_PLACEHOLDER = "YOUR_SERVICE_KEY";

    private final GuideCatalog catalog = GuideCatalog.load();

    public Optional<ApiGuide> guide(String product) {
        return catalog.guide(product);
    }

    /** The guide with examples calling {@code baseUrl} with the placeholder key. */
    public Optional<ApiGuide> forReaders(String product, String baseUrl) {
        return guide(product).map(guide -> filled(guide, baseUrl, KEY_PLACEHOLDER, KEY_PLACEHOLDER + "_URL_ENCODED"));
    }

    /** The guide with examples calling {@code baseUrl} with this key; only ever shown to the key's owner. */
    public Optional<ApiGuide> forKey(String product, String baseUrl, String serviceKey) {
        return guide(product).map(guide -> filled(guide, baseUrl, serviceKey, URLEncoder.encode(serviceKey, StandardCharsets.UTF_8)));
    }

    private static ApiGuide filled(ApiGuide guide, String baseUrl, String key, String encodedKey) {
        return guide.withExamples(code -> code.replace(GuideExample.BASE_URL, baseUrl).replace(GuideExample.KEY_ENCODED, encodedKey)
                .replace(GuideExample.KEY, key));
    }
}
