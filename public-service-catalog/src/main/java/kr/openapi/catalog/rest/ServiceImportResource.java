package kr.openapi.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import kr.openapi.catalog.mapping.ImportResponse;
import kr.openapi.catalog.mapping.ServiceFile;
import kr.openapi.catalog.service.ServiceImporter;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk import of the catalogue by operators (through the gateway as an admin): a JSON array of services as the
 * detail API writes them, or CSV with the same names as header. Idempotent by {@code svcId}. The body is read as
 * it arrives (blocking, on a worker thread), so the real catalogue loads in one call within a bounded heap.
 */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/catalog/services")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ServiceImportResource {

    private final ServiceImporter importer;
    private final ImportSizeLimit sizeLimit;
    private final ObjectMapper json;

    public ServiceImportResource(ServiceImporter importer, ImportSizeLimit sizeLimit, ObjectMapper json) {
        this.importer = importer;
        this.sizeLimit = sizeLimit;
        this.json = json;
    }

    /**
     * One method for both formats: with two methods on one path, a body of a third type made RESTEasy Reactive fail
     * while writing its 415 (no method to take annotations from); with one, the 415 comes in the envelope.
     */
    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import services from a JSON array, or CSV with a header of element names (upsert by svcId)")
    public ImportResponse importServices(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                                         @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        InputStream limited = sizeLimit.apply(length, body);
        ServiceFile file = MediaType.APPLICATION_JSON_TYPE.isCompatible(type) ? ServiceFile.json(limited, json)
                : ServiceFile.csv(limited, json);
        return new ImportResponse(importer.importFrom(file));
    }
}
