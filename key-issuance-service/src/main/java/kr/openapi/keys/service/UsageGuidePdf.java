package kr.openapi.keys.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.keys.mapping.ApiProductView;

/**
 * The usage guide as a PDF to download, laid out from an XHTML template by openhtmltopdf (PDFBox) with NanumGothic
 * embedded, so it reads the same on any machine. A guide changes only with a new build, so each (product, address)
 * is laid out once; the few addresses a deployment is reached by keep the cache small, and it is cleared past that.
 */
@ApplicationScoped
public class UsageGuidePdf {

    private static final String FONT_FAMILY = "NanumGothic";
    private static final int MAX_CACHED = 32;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @CheckedTemplate(basePath = "UsageGuidePdf")
    static class Templates {
        static native TemplateInstance document(ApiProductView product, ApiGuide guide, String baseUrl, LocalDate printedOn);
    }

    /** Blocking (layout takes some hundred milliseconds): call it off the event loop. */
    public byte[] render(ApiProductView product, ApiGuide guide, String baseUrl) {
        String cacheKey = product.code() + " " + product.name() + " " + baseUrl;
        byte[] cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        byte[] pdf = layOut(Templates.document(product, guide, baseUrl, LocalDate.now()).render());
        cache.put(cacheKey, pdf);
        return pdf;
    }

    private static byte[] layOut(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out);
            builder.useFont(() -> font("NanumGothic-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("NanumGothic-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The usage guide could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = UsageGuidePdf.class.getClassLoader().getResourceAsStream("guide-fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("guide-fonts/" + file + " is missing from the application");
        }
        return font;
    }
}
