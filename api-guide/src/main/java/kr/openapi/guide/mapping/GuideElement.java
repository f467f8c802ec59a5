package kr.openapi.guide.mapping;

/**
 * An element of a request or response body, its name a path through the body ({@code data.items[].statId}).
 *
 * @param depth how deep it is nested, for indenting
 */
public record GuideElement(String name, int depth, boolean required, String type, String description) {
}
