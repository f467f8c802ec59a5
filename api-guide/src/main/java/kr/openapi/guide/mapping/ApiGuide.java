package kr.openapi.guide.mapping;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The usage guide (OpenAPI 이용 가이드) of one product: every operation a holder of its service key (or anyone, for
 * its public operations) may call, and the result codes its protocol answers with. Generated at build time from the
 * OpenAPI document of the service that serves the product, so it cannot drift from what the service does.
 *
 * @param product       the product's code, as in the portal and the gateway ({@code ev-charger})
 * @param documentTitle the title of the service's OpenAPI document
 * @param operations    in path order
 * @param codeTables    the result codes of the product's protocol(s)
 */
public record ApiGuide(String product, String documentTitle, String documentVersion, List<GuideOperation> operations,
                       List<CodeTable> codeTables) {

    /** The same guide, each example's code rewritten (the placeholders filled in). */
    public ApiGuide withExamples(UnaryOperator<String> code) {
        return new ApiGuide(product, documentTitle, documentVersion, operations.stream().map(o -> o.withExamples(code)).toList(), codeTables);
    }
}
