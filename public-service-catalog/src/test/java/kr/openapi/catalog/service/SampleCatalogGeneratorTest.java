package kr.openapi.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.openapi.catalog.repository.Organisation;
import kr.openapi.catalog.repository.PublicService;
import org.junit.jupiter.api.Test;

class SampleCatalogGeneratorTest {

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("1352000", "보건복지부", "BA0301", null),
            new Organisation("6410000", "경기도", "BA0303", null),
            new Organisation("4160000", "가평군", "BA0303", "6410000"));

    @Test
    void sameSeedSameCatalogue() {
        assertThat(SampleCatalogGenerator.generate(200, ORGANISATIONS, 7))
                .isEqualTo(SampleCatalogGenerator.generate(200, ORGANISATIONS, 7));
    }

    @Test
    void makesValidKoreanServicesOwnedByDistrictsAndAgencies() {
        List<PublicService> services = SampleCatalogGenerator.generate(1_000, ORGANISATIONS, 2017);
        assertThat(services).hasSize(1_000);
        assertThat(services.get(0).svcId()).isEqualTo("SG0000000001");
        assertThat(services).allSatisfy(s -> {
            assertThat(s.svcId()).matches(ServiceImporter.SERVICE_ID.pattern());
            assertThat(s.svcNm()).matches(".*[가-힣].*");
            assertThat(s.lrgAstCd()).matches("\\d{2}0000");
            assertThat(s.mdmAstCd()).startsWith(s.lrgAstCd().substring(0, 2)).endsWith("00");
            assertThat(s.jrsdOrgCd()).isIn("1352000", "4160000");
            assertThat(s.laws()).isNotEmpty();
        });
        assertThat(services).anySatisfy(s -> assertThat(s.jrsdDptAllNm()).startsWith("경기도 가평군 "));
        assertThat(services).allSatisfy(s -> assertThat(s.svcPpo()).doesNotContain("을(를)", "대을 ", "드을 "));
        long aboutElders = services.stream().filter(s -> s.svcNm().contains("노인")).count();
        assertThat(aboutElders).as("a common word, but not in most services").isBetween(20L, 200L);
    }

    @Test
    void choosesTheObjectParticleByTheLastSyllable() {
        assertThat(SampleCatalogGenerator.objectParticle("건강검진")).isEqualTo("을");
        assertThat(SampleCatalogGenerator.objectParticle("문화누리카드")).isEqualTo("를");
        assertThat(SampleCatalogGenerator.objectParticle("기회 확대")).isEqualTo("를");
    }
}
