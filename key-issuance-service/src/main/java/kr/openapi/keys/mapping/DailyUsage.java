package kr.openapi.keys.mapping;

import java.time.LocalDate;

public record DailyUsage(LocalDate day, int calls) {
}
