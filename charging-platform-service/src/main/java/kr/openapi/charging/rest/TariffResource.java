package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.charging.mapping.TariffBody;
import kr.openapi.charging.service.EvSummaryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The operator's charging prices, published in the public EV API's getTariffs. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/management/tariff")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class TariffResource {

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final EvSummaryService summaries;

    public TariffResource(OperatorCalls calls, BodyReader reader, EvSummaryService summaries) {
        this.calls = calls;
        this.reader = reader;
        this.summaries = summaries;
    }

    @PUT
    @Operation(summary = "Set the operator's prices (KRW/kWh): slow and fast, member and non-member")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffBody.class)))
    public Uni<Response> set(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return calls.run(headers, uri, "PUT", body, operator -> summaries.setTariff(operator, reader.read(body, TariffBody.class))
                .replaceWith(PlatformAnswer.MODIFIED));
    }
}
