package kr.openapi.catalog.rest;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest catalogue file an import takes ({@code catalog.import.max-size}), checked here rather than by the
 * HTTP server so that a file too large is answered in the result envelope, naming the limit: at once when the
 * request declares its length, and as soon as the limit is passed when it is sent in chunks.
 */
@ApplicationScoped
public class ImportSizeLimit {

    private final long maxBytes;

    public ImportSizeLimit(@ConfigProperty(name = "catalog.import.max-size") MemorySize maxSize) {
        this.maxBytes = maxSize.asLongValue();
    }

    /** The body, refused (code 10, HTTP 413) once it is longer than the limit. */
    public InputStream apply(Long declaredLength, InputStream body) {
        if (declaredLength != null && declaredLength > maxBytes) {
            throw tooLarge();
        }
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int bytes) {
                read += bytes;
                if (read > maxBytes) {
                    throw tooLarge();
                }
            }
        };
    }

    private ApiException tooLarge() {
        return new ApiException(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, "파일이 " + maxBytes / (1024 * 1024)
                + " MB를 넘습니다: 나누어 보내 주십시오 (가져오기는 svcId 기준이라 나눈 파일을 차례로 보내도 됩니다)", 413);
    }
}
