package kr.openapi.guide.mapping;

/** A ready-to-run call in one language ({@code curl}, {@code Python}). */
public record GuideExample(String language, String code) {
}
