package kr.openapi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void namesKeepFirstAndLastCharacter() {
        assertThat(PersonalDataMask.name("홍길동")).isEqualTo("홍*동");
        assertThat(PersonalDataMask.name("남궁민수")).isEqualTo("남**수");
        assertThat(PersonalDataMask.name("김철")).isEqualTo("김*");
        assertThat(PersonalDataMask.name("이")).isEqualTo("*");
        assertThat(PersonalDataMask.name(null)).isNull();
    }

    @Test
    void phonesKeepAreaCodeAndLastFourDigits() {
        assertThat(PersonalDataMask.phone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(PersonalDataMask.phone("01012345678")).isEqualTo("010-****-5678");
        assertThat(PersonalDataMask.phone("011-123-4567")).isEqualTo("011-***-4567");
        assertThat(PersonalDataMask.phone("02-123-4567")).isEqualTo("02-***-4567");
        assertThat(PersonalDataMask.phone("12")).isEqualTo("****");
    }

    @Test
    void residentNumbersKeepBirthDateAndGenderDigit() {
        assertThat(PersonalDataMask.residentNumber("9001011")).isEqualTo("900101-1******");
        assertThat(PersonalDataMask.residentNumber("900101-1")).isEqualTo("900101-1******");
        assertThat(PersonalDataMask.residentNumber("900101-1234567")).isEqualTo("900101-1******");
        assertThat(PersonalDataMask.residentNumber("90010")).isEqualTo("****");
    }

    @Test
    void platesKeepLastFourDigits() {
        assertThat(PersonalDataMask.plate("12가3456")).isEqualTo("***3456");
        assertThat(PersonalDataMask.plate("123가 4567")).isEqualTo("***4567");
        assertThat(PersonalDataMask.plate("1234")).isEqualTo("****");
    }
}
