package kr.openapi.guide.mapping;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One operation of a guide.
 *
 * @param publicAccess   callable without a service key
 * @param requestTypes   media types of the request body, empty without one
 * @param requestBody    the body's elements, flattened ({@code items[].statId})
 * @param responseTypes  media types of the successful answer
 * @param response       the successful answer's elements, flattened
 * @param examples       ready-to-run calls; {@code {baseUrl}}, {@code {serviceKey}} and {@code {serviceKeyEncoded}}
 *                       are filled in by whoever shows them
 */
public record GuideOperation(String method, String path, String summary, String description, boolean publicAccess,
                             List<GuideParameter> parameters, List<String> requestTypes, List<GuideElement> requestBody,
                             List<String> responseTypes, List<GuideElement> response, List<GuideExample> examples) {

    /** The same operation, each example's code rewritten (the placeholders filled in). */
    public GuideOperation withExamples(UnaryOperator<String> code) {
        return new GuideOperation(method, path, summary, description, publicAccess, parameters, requestTypes, requestBody, responseTypes,
                response, examples.stream().map(e -> new GuideExample(e.language(), code.apply(e.code()))).toList());
    }

    /** {@code GET /ev/getChargerInfo}, as the guide test and the page anchors name it. */
    public String name() {
        return method + " " + path;
    }

    /** An id for the page's anchors: {@code get-ev-getChargerInfo}. */
    public String anchor() {
        return (method + path).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }
}
