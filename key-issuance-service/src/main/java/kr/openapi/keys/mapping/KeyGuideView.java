package kr.openapi.keys.mapping;

import java.util.List;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.GuideExample;

/** The usage guide's examples for one key, its value filled in: for the key's owner only. */
public record KeyGuideView(long keyId, String product, List<Call> operations) {

    public record Call(String name, String anchor, String summary, List<GuideExample> examples) {
    }

    public static KeyGuideView of(long keyId, ApiGuide guide) {
        return new KeyGuideView(keyId, guide.product(), guide.operations().stream()
                .map(o -> new Call(o.name(), o.anchor(), o.summary(), o.examples())).toList());
    }
}
