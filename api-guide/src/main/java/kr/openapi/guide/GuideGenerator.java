package kr.openapi.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.service.GuideBuilder;
import kr.openapi.guide.service.GuideCatalog;

/**
 * Run by the build (exec-maven-plugin, process-classes): reads the OpenAPI documents the product services stored when
 * they were built and writes one guide per product into this module's classes ({@code api-guide/<product>.json}),
 * which the portal serves. Fails the build when a document is missing or an operation fits no guide.
 *
 * <p>Arguments: the output directory, then the documents (comma-separated, or one argument each).
 */
public final class GuideGenerator {

    private GuideGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GuideGenerator <output directory> <openapi.json>[,<openapi.json>..]");
        }
        Path output = Path.of(args[0]);
        ObjectMapper json = GuideCatalog.JSON;
        Map<String, ApiGuide> all = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            for (String document : args[i].split(",")) {
                Path file = Path.of(document.strip());
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException(file + " is missing: build the product services first (./mvnw package builds them in order)");
                }
                new GuideBuilder(json.readTree(file.toFile())).guides().forEach((product, guide) -> {
                    if (all.putIfAbsent(product, guide) != null) {
                        throw new IllegalStateException("Two documents serve the product " + product);
                    }
                });
            }
        }
        Files.createDirectories(output);
        for (ApiGuide guide : all.values()) {
            json.writeValue(output.resolve(guide.product() + ".json").toFile(), guide);
        }
        json.writeValue(output.resolve(GuideCatalog.INDEX).toFile(), all.keySet());
        System.out.println("[api-guide] " + all.size() + " guides: " + all.keySet() + " -> " + output);
    }
}
