package kr.openapi.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.catalog.mapping.ImportResponse;
import kr.openapi.catalog.mapping.ServiceCsv;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.catalog.service.ServiceImporter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk import of the catalogue by operators (through the gateway as an admin): a JSON array of services as the
 * detail API writes them, or CSV with the same names as header. Idempotent by {@code svcId}.
 */
@Path("/admin/catalog/services")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ServiceImportResource {

    private final ServiceImporter importer;
    private final ObjectMapper json;

    public ServiceImportResource(ServiceImporter importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import services from a JSON array (upsert by svcId)")
    public Uni<ImportResponse> importJson(List<PublicService> services) {
        return importer.importAll(services).map(ImportResponse::new);
    }

    @POST
    @Blocking
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import services from CSV with a header of element names (upsert by svcId)")
    public Uni<ImportResponse> importCsv(String csv) {
        return importer.importAll(ServiceCsv.read(csv, json)).map(ImportResponse::new);
    }
}
