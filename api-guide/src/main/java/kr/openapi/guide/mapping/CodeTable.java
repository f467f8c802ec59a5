package kr.openapi.guide.mapping;

import java.util.List;

/**
 * The codes one element of a protocol answers with ({@code resultCode}, {@code resBizCode}, the platform's
 * {@code status}), as the service declares them in its document.
 */
public record CodeTable(String element, String description, List<Code> codes) {

    public record Code(String code, String message) {
    }
}
