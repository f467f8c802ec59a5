package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.StatusReport;
import kr.openapi.charging.service.StatusIngest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * 实时数据上报: connectors' real-time status. Answered once the reports are committed (durable); every call answers
 * {@code data: {accepted, ignored, rejected, items}}.
 */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/realtime/cell/status")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class RealtimeResource {

    static final int MAX_LIST = 1000;

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final StatusIngest ingest;

    public RealtimeResource(OperatorCalls calls, BodyReader reader, StatusIngest ingest) {
        this.calls = calls;
        this.reader = reader;
        this.ingest = ingest;
    }

    @POST
    @Operation(summary = "上报充电口实时信息: report one connector's status")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusReport.class)))
    public Uni<Response> report(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> ingest.report(operator, List.of(reader.read(body, StatusReport.class))));
    }

    @POST
    @Path("/again")
    @Operation(summary = "重新上报充电口实时信息: re-report a status after a failure (same rules: only a newer status changes anything)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusReport.class)))
    public Uni<Response> reportAgain(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> ingest.report(operator, List.of(reader.read(body, StatusReport.class))));
    }

    @POST
    @Path("/list")
    @Operation(summary = "上报充电口实时信息列表: report up to 1,000 statuses (a JSON array)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = StatusReport.class,
                    maxItems = MAX_LIST)))
    public Uni<Response> reportList(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> ingest.report(operator, reader.readList(body, StatusReport.class, MAX_LIST)));
    }
}
