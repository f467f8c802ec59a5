package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.EquipmentBody;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.charging.service.NetworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** 充电设施管理: the operator's chargers. Every call is signed (headers Datetime, OperatorId, Token, Signature) and sees only the caller's own. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/management/equipment")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentResource {

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final NetworkService network;

    public EquipmentResource(OperatorCalls calls, BodyReader reader, NetworkService network) {
        this.calls = calls;
        this.reader = reader;
        this.network = network;
    }

    @POST
    @Operation(summary = "提交一个充电设施信息: submit a charger on one of the operator's stations")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EquipmentBody.class)))
    public Uni<Response> submit(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "POST", body, operator -> network.submitEquipment(operator, reader.read(body, EquipmentBody.class))
                .replaceWith(PlatformAnswer.SUBMITTED));
    }

    @PUT
    @Operation(summary = "修改一个充电设施信息: replace a charger")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EquipmentBody.class)))
    public Uni<Response> modify(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "PUT", body, operator -> network.modifyEquipment(operator, reader.read(body, EquipmentBody.class))
                .replaceWith(PlatformAnswer.MODIFIED));
    }

    @DELETE
    @Operation(summary = "删除一个充电设施信息: ?equipmentId= (409 while it has connectors)")
    public Uni<Response> delete(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("equipmentId") String id) {
        return calls.run(headers, uri, "DELETE", null, operator -> network.deleteEquipment(operator, id).replaceWith(PlatformAnswer.DELETED));
    }

    @GET
    @Operation(summary = "分页查询多个充电设施信息列表: ?pageNum=1&pageSize=10")
    public Uni<Response> page(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("pageNum") String pageNum,
                              @QueryParam("pageSize") String pageSize) {
        return calls.run(headers, uri, "GET", null, operator -> network.equipment(operator, PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING)));
    }
}
