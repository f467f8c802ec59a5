package kr.openapi.driver;

import static io.restassured.RestAssured.given;
import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;

import java.util.List;
import java.util.Map;

/** Drivers' consent links as staff list them, and the decisions drivers make on their pages. */
public final class Consents {

    private Consents() {
    }

    /** The company's consent links, newest registration first. */
    public static List<String> links(String bizCode) {
        List<Map<String, Object>> items = asAdmin().queryParam("bizCode", bizCode).get("/admin/driver/consent-requests")
                .then().statusCode(200).extract().path("items");
        return items.stream().map(item -> (String) item.get("consentUrl")).toList();
    }

    /** The driver answers on their page, as its form does. */
    public static void decide(String link, String decision) {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("decision", decision)
                .post(link).then().statusCode(303);
    }
}
