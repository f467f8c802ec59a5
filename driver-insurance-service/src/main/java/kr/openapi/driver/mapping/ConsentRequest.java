package kr.openapi.driver.mapping;

/** A driver's consent request as staff see it: the name masked, the personal link to text to the driver. */
public record ConsentRequest(long requestId, String bizCode, String driverName, String status, String consentUrl) {
}
