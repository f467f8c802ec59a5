package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.ChargeRecordBody;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.service.RecordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** 充电记录管理: charging records, immutable once stored. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/operation/record")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {

    static final int MAX_LIST = 1000;

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final RecordService records;

    public RecordResource(OperatorCalls calls, BodyReader reader, RecordService records) {
        this.calls = calls;
        this.reader = reader;
        this.records = records;
    }

    @POST
    @Operation(summary = "提交一个充电记录信息: submit one record")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChargeRecordBody.class)))
    public Uni<Response> submit(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> records.submit(operator, List.of(reader.read(body, ChargeRecordBody.class))));
    }

    @POST
    @Path("/list")
    @Operation(summary = "提交充电记录信息列表: submit up to 1,000 records (a JSON array)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChargeRecordBody.class, maxItems = MAX_LIST)))
    public Uni<Response> submitList(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> records.submit(operator,
                reader.readList(body, ChargeRecordBody.class, MAX_LIST)));
    }

    @GET
    @Operation(summary = "分页查询多个充电记录信息列表: records whose startTime is in [startTime, endTime), oldest first")
    public Uni<Response> page(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("startTime") String startTime,
                              @QueryParam("endTime") String endTime, @QueryParam("pageNum") String pageNum,
                              @QueryParam("pageSize") String pageSize) {
        return calls.run(headers, uri, "GET", null, operator -> records.page(operator, startTime, endTime, PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING)));
    }
}
