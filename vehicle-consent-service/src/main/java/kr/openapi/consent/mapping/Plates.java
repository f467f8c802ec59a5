package kr.openapi.consent.mapping;

/** Korean registration plates as owners type them: {@code 12가3456}, {@code 123가4567}, older {@code 서울12가3456}. */
public final class Plates {

    /** A plate, spaces allowed between its parts. */
    public static final String PATTERN = "\\s*([가-힣]{2}\\s*)?[0-9]{2,3}\\s*[가-힣]\\s*[0-9]{4}\\s*";

    private Plates() {
    }

    /** The plate as stored: without spaces; null for anything that is not a plate. */
    public static String normalize(String typed) {
        if (typed == null || !typed.matches(PATTERN)) {
            return null;
        }
        return typed.replaceAll("\\s", "");
    }
}
