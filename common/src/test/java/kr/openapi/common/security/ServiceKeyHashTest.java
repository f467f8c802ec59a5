package kr.openapi.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceKeyHashTest {

    @Test
    void isTheHexSha256OfTheKey() {
        assertThat(ServiceKeyHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ServiceKeyHash.of("PnZoREIttM9BvJWpleBhEfbCSUEYeOorn2BZCuHGjWiGt")).hasSize(64)
                .isNotEqualTo(ServiceKeyHash.of("PnZoREIttM9BvJWpleBhEfbCSUEYeOorn2BZCuHGjWiGu"));
    }
}
