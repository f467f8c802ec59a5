package kr.openapi.guide.mapping;

/**
 * A ready-to-run call in one language ({@code curl}, {@code Python}), with placeholders that whoever shows it fills in:
 * the gateway's address, and the service key raw (where the tool encodes the query) or percent-encoded.
 */
public record GuideExample(String language, String code) {

    public static final String BASE_URL = "{baseUrl}";
    public static final String KEY = "{serviceKey}";
    public static final String KEY_ENCODED = "{serviceKeyEncoded}";
}
