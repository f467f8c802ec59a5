package kr.openapi.common.security;

/**
 * Who may call a service, in the groups of the gateway's internal token. The gateway writes them; every service's
 * resources name them in {@code @RolesAllowed} (or are {@code @PermitAll}, public), so that a service checks its
 * callers again behind the gateway.
 */
public final class Callers {

    /** A portal member who is an administrator. */
    public static final String ADMIN = "admin";
    /** A signed-in portal member. */
    public static final String MEMBER = "member";
    /** The gateway itself (key feed, usage reports under {@code /internal/}). */
    public static final String GATEWAY = "gateway";
    /** A caller with a valid service key, of whatever product. */
    public static final String KEY = "key";
    /** Prefix of the group that names the product a caller's key is for: {@code key:public-service-catalog}. */
    public static final String KEY_OF = "key:";
    /** Subject of a call on a public route: it came through the gateway, and that is all that is known. */
    public static final String ANONYMOUS = "anonymous";

    private Callers() {
    }

    /** The group of callers holding a key for {@code product}. */
    public static String keyOf(String product) {
        return KEY_OF + product;
    }
}
