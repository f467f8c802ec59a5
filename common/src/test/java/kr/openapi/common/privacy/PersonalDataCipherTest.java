package kr.openapi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        String first = cipher.encrypt("010-1234-5678");
        String second = cipher.encrypt("010-1234-5678");
        assertThat(first).startsWith("v1:").doesNotContain("5678").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("010-1234-5678");
        assertThat(cipher.decrypt(cipher.encrypt("서울 송파구 양재대로71길 20-18"))).isEqualTo("서울 송파구 양재대로71길 20-18");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void refusesAlteredValuesAndOtherKeys() {
        String sealed = new PersonalDataCipher(KEY).encrypt("900101-1");
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalArgumentException.class);
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> new PersonalDataCipher(KEY).decrypt(altered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
