package kr.openapi.keys.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyValidityTest {

    @Test
    void validForTwoYearsLessADayAsInTheSeed() {
        assertThat(KeyValidity.expiryFor(LocalDate.of(2021, 1, 15))).isEqualTo(LocalDate.of(2023, 1, 14));
        assertThat(KeyValidity.expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void reissueOpensThirtyDaysBeforeExpiry() {
        LocalDate expiry = LocalDate.of(2023, 1, 14);
        assertThat(KeyValidity.reissuableFrom(expiry)).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(KeyValidity.isReissuable(expiry, LocalDate.of(2022, 12, 14))).isFalse();
        assertThat(KeyValidity.isReissuable(expiry, LocalDate.of(2022, 12, 15))).isTrue();
    }

    @Test
    void generatedKeysAre45LettersAndDigitsAndDiffer() {
        ServiceKeyGenerator generator = new ServiceKeyGenerator();
        String first = generator.next();
        assertThat(first).hasSize(45).matches("[A-Za-z0-9]{45}");
        assertThat(generator.next()).isNotEqualTo(first);
    }
}
