package kr.openapi.charging.mapping;

import java.util.function.Function;

/** A query parameter that is a whole number within bounds; blank is the default, anything else a refusal. */
public final class WholeNumber {

    private WholeNumber() {
    }

    public static int parse(String name, String value, int min, int max, int otherwise, Function<String, RuntimeException> refusal) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw refusal.apply(name + " must be a whole number from " + min + " to " + max + ": " + value);
    }
}
