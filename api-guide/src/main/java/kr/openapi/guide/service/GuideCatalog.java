package kr.openapi.guide.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.openapi.guide.mapping.ApiGuide;

/** The guides generated at build, read from the classpath ({@code api-guide/*.json}). */
public final class GuideCatalog {

    public static final String INDEX = "index.json";
    public static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String FOLDER = "api-guide/";

    private final Map<String, ApiGuide> guides;

    private GuideCatalog(Map<String, ApiGuide> guides) {
        this.guides = guides;
    }

    /** Every guide the build generated; none when this module's resources are absent. */
    public static GuideCatalog load() {
        ClassLoader loader = GuideCatalog.class.getClassLoader();
        Map<String, ApiGuide> guides = new LinkedHashMap<>();
        try (InputStream index = loader.getResourceAsStream(FOLDER + INDEX)) {
            if (index != null) {
                for (String product : JSON.readValue(index, String[].class)) {
                    try (InputStream guide = loader.getResourceAsStream(FOLDER + product + ".json")) {
                        guides.put(product, JSON.readValue(guide, ApiGuide.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The generated guides cannot be read", e);
        }
        return new GuideCatalog(Map.copyOf(guides));
    }

    public Optional<ApiGuide> guide(String product) {
        return Optional.ofNullable(guides.get(product));
    }

    public List<String> products() {
        return guides.keySet().stream().sorted().toList();
    }
}
