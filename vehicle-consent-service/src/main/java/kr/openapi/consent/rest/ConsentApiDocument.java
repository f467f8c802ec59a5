package kr.openapi.consent.rest;

import kr.openapi.common.openapi.ElementGlossary;
import kr.openapi.common.openapi.ResultCodeTable;
import kr.openapi.consent.mapping.ConsentGlossary;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Describes the vehicle-data answer's elements and result codes in the OpenAPI document (and so the usage guide). */
public class ConsentApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ElementGlossary(ConsentGlossary.ELEMENTS).describe(openAPI);
        ResultCodeTable.standard("resultCode", "/aio365/api/").addTo(openAPI, "VehicleResultCode",
                "resultCode of every answer (00 is success); 20 with resultDetail when the key is not the institution's or"
                        + " the owner has not consented (or withdrew).");
    }
}
