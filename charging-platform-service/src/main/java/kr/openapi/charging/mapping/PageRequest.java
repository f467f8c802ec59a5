package kr.openapi.charging.mapping;

/** {@code pageNum} (from 1) and {@code pageSize} (1 to 1,000, default 10), checked. */
public record PageRequest(int pageNum, int pageSize) {

    public static final int MAX_SIZE = 1000;

    public static PageRequest of(String pageNum, String pageSize) {
        int num = number("pageNum", pageNum, 1, Integer.MAX_VALUE / MAX_SIZE, 1);
        int size = number("pageSize", pageSize, 1, MAX_SIZE, 10);
        return new PageRequest(num, size);
    }

    public long offset() {
        return (long) (pageNum - 1) * pageSize;
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        return WholeNumber.parse(name, value, min, max, otherwise, PlatformFailure::badRequest);
    }
}
