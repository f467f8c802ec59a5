package kr.openapi.charging.mapping;

/** A call the operator API refuses: answered with this HTTP status, in the platform's shape, saying what is wrong. */
public class PlatformFailure extends RuntimeException {

    private final int status;

    public PlatformFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static PlatformFailure badRequest(String message) {
        return new PlatformFailure(400, message);
    }

    public static PlatformFailure unauthorized(String message) {
        return new PlatformFailure(401, message);
    }

    /** Another operator's object is answered as if it did not exist. */
    public static PlatformFailure notFound(String what) {
        return new PlatformFailure(404, what + " not found");
    }

    public static PlatformFailure conflict(String message) {
        return new PlatformFailure(409, message);
    }
}
