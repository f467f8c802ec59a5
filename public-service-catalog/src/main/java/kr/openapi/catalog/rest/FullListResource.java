package kr.openapi.catalog.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.catalog.mapping.ServiceSheet;
import kr.openapi.catalog.service.FullListWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The whole catalogue as Excel, {@code GET /openapi/svc/all/list.excel}: no service key needed (the gateway lets it through). */
@PermitAll
@Path("/openapi/svc/all/list.excel")
public class FullListResource {

    private final FullListWorkbook workbook;

    public FullListResource(FullListWorkbook workbook) {
        this.workbook = workbook;
    }

    @GET
    @Blocking
    @Produces(ServiceSheet.MEDIA_TYPE)
    @Operation(summary = "공공서비스 전체 목록 Excel", description = "Regenerated every day at 05:00 Asia/Seoul")
    public Response download() {
        // The file is sent from the path as it is now; a regeneration renames a new file over it without
        // disturbing a download that has already opened the old one.
        return Response.ok(workbook.current().toFile(), ServiceSheet.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(FullListWorkbook.FILE_NAME))
                .build();
    }
}
