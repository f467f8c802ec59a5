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
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.ProcessData;
import kr.openapi.charging.service.ProcessDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** 上报充电过程数据: the samples the platform asked for through the processData callback. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/realtime/cell/processData")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ProcessDataResource {

    static final int MAX_LIST = 1000;

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final ProcessDataService processData;

    public ProcessDataResource(OperatorCalls calls, BodyReader reader, ProcessDataService processData) {
        this.calls = calls;
        this.reader = reader;
        this.processData = processData;
    }

    @POST
    @Operation(summary = "上报充电过程数据: push one sample (an object) or up to 1,000 (an array); answered like status reports")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessData.class)))
    public Uni<Response> push(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> processData.push(operator, reader.readOneOrList(body, ProcessData.class,
                MAX_LIST)));
    }
}
