package kr.openapi.consent;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.consent.rest.ConsentPageRenderer;

/** An owner's browser at the HTTP level: the session cookie the entry set, and each page's CSRF token. */
public final class OwnerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    public final String cookie;
    private String csrf;
    public Response last;

    private OwnerSession(String cookie, String page) {
        this.cookie = cookie;
        this.csrf = csrfOf(page);
    }

    /** Posts the institution's form (UTF-8) and keeps the session it opened. */
    public static OwnerSession enter(Map<String, String> form) {
        Response entry = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/aio365/provide/ProvideContent.do");
        if (entry.statusCode() != 200) {
            throw new AssertionError("entry answered " + entry.statusCode() + ": " + entry.asString());
        }
        OwnerSession session = new OwnerSession(entry.getCookie(ConsentPageRenderer.SESSION_COOKIE), entry.asString());
        session.last = entry;
        return session;
    }

    /** The session of an entry posted by other means: its cookie and the page it answered. */
    public static OwnerSession resume(String cookie, String page) {
        return new OwnerSession(cookie, page);
    }

    /** Posts a step's form with the session and the current page's token; answers the page. */
    public Response post(String step, Object... namesAndValues) {
        var request = given().cookie(ConsentPageRenderer.SESSION_COOKIE, cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf).redirects().follow(false);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.formParam((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        last = request.post("/aio365/provide/" + step);
        String next = csrfOf(last.asString());
        if (next != null) {
            csrf = next;
        }
        return last;
    }

    /** Steps 3 to 5 for an owner whose name is {@code owner}, with {@code carrier}; answers the code page. */
    public Response sendCode(String owner, String plate, String carrier) {
        post("owner", "carOwner", owner, "carRegNo", plate).then().statusCode(200);
        post("carrier", "carrier", carrier).then().statusCode(200);
        return post("identity", "name", owner, "nationality", "L", "birthDate", "19890427", "sex", "M", "phone", "01012345678",
                "agreeAll", "Y").then().statusCode(200).extract().response();
    }

    /** Steps 3 to 6 for an owner whose name is {@code owner}, up to the consent page. */
    public Response verify(String owner, String plate) {
        sendCode(owner, plate, "KT");
        return post("code", "code", "191919");
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }
}
