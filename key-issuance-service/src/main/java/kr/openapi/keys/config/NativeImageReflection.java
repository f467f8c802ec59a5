package kr.openapi.keys.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.CodeTable;
import kr.openapi.guide.mapping.GuideElement;
import kr.openapi.guide.mapping.GuideExample;
import kr.openapi.guide.mapping.GuideOperation;
import kr.openapi.guide.mapping.GuideParameter;

/** Native image: the usage guides are read from JSON resources with Jackson (api-guide's GuideCatalog). */
@RegisterForReflection(targets = {ApiGuide.class, CodeTable.class, CodeTable.Code.class, GuideElement.class, GuideExample.class,
        GuideOperation.class, GuideParameter.class})
final class NativeImageReflection {

    private NativeImageReflection() {
    }
}
