package kr.openapi.consent.service;

/**
 * Why an owner's page cannot go on, in Korean for the owner, with the HTTP status it is answered with. Nothing was
 * started or changed when this is thrown.
 */
public class PageRefusal extends RuntimeException {

    private final int status;

    public PageRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static PageRefusal badRequest(String message) {
        return new PageRefusal(400, message);
    }

    public static PageRefusal forbidden(String message) {
        return new PageRefusal(403, message);
    }
}
