package kr.openapi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataIndexTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void equalValuesFindEachOtherAndNothingElse() {
        PersonalDataIndex index = new PersonalDataIndex(KEY);
        assertThat(index.of("phone", "01022229999")).isEqualTo(index.of("phone", "01022229999")).hasSize(64);
        assertThat(index.of("phone", "01022229999")).isNotEqualTo(index.of("phone", "01022229998"));
    }

    @Test
    void fieldsAndKeysKeepIndexesApart() {
        PersonalDataIndex index = new PersonalDataIndex(KEY);
        assertThat(index.of("birth", "880522")).isNotEqualTo(index.of("phone", "880522"));
        assertThat(new PersonalDataIndex(OTHER_KEY).of("phone", "01022229999")).isNotEqualTo(index.of("phone", "01022229999"));
        // Neither the value nor its plain SHA-256 appears in the index.
        assertThat(index.of("phone", "01022229999")).doesNotContain("01022229999")
                .isNotEqualTo(kr.openapi.common.security.ServiceKeyHash.of("01022229999"));
    }
}
