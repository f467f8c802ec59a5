package kr.openapi.charging.mapping;

/**
 * Every answer of the operator API: {@code {"status": 200, "message": "请求成功!", "data": ..}} as in the seed; a
 * failure keeps the shape, with the HTTP status in {@code status} and what is wrong in {@code message}.
 */
public record PlatformAnswer(int status, String message, Object data) {

    /** The seed's success message of every call. */
    public static final String REQUEST_OK = "请求成功!";
    public static final String SUBMITTED = "提交成功!";
    public static final String MODIFIED = "修改成功!";
    public static final String DELETED = "删除成功!";

    public static PlatformAnswer ok(Object data) {
        return new PlatformAnswer(200, REQUEST_OK, data);
    }

    /** The longest message sent back: a refusal may quote what was sent, which need not come back whole. */
    static final int MESSAGE_LIMIT = 500;

    public static PlatformAnswer failure(int status, String message) {
        return new PlatformAnswer(status, message != null && message.length() > MESSAGE_LIMIT
                ? message.substring(0, MESSAGE_LIMIT) + "…" : message, null);
    }
}
