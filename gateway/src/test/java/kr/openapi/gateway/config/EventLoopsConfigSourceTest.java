package kr.openapi.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLoopsConfigSourceTest {

    @Test
    void oneEventLoopPerCpuUnlessTheOperatorSaysOtherwise() {
        SmallRyeConfig discovered = new SmallRyeConfigBuilder().addDiscoveredSources().build();
        assertThat(discovered.getValue(EventLoopsConfigSource.NAME, Integer.class))
                .isEqualTo(Runtime.getRuntime().availableProcessors());

        SmallRyeConfig operator = new SmallRyeConfigBuilder().addDiscoveredSources()
                .withSources(new PropertiesConfigSource(Map.of(EventLoopsConfigSource.NAME, "7"), "application.properties", 250))
                .build();
        assertThat(operator.getValue(EventLoopsConfigSource.NAME, Integer.class)).isEqualTo(7);
    }
}
