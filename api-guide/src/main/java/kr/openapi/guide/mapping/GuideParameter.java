package kr.openapi.guide.mapping;

/**
 * A request parameter.
 *
 * @param in   {@code query}, {@code path} or {@code header}
 * @param type the type as a reader of a data.go.kr guide expects it: {@code string(10)}, {@code integer}, enumerated
 *             values listed
 */
public record GuideParameter(String name, String in, boolean required, String type, String description, String example) {
}
