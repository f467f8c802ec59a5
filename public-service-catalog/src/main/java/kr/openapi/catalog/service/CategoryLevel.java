package kr.openapi.catalog.service;

import java.util.Locale;
import java.util.Optional;

/** The {@code level} parameter of the category code API and the {@code svcAstLevel} it answers with. */
public enum CategoryLevel {
    LARGE(1), MEDIUM(2), SMALL(3);

    private final int number;

    CategoryLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<CategoryLevel> fromParameter(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "large" -> Optional.of(LARGE);
            case "medium" -> Optional.of(MEDIUM);
            case "small" -> Optional.of(SMALL);
            default -> Optional.empty();
        };
    }
}
