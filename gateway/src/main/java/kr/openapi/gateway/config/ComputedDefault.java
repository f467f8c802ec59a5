package kr.openapi.gateway.config;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One setting's default, computed when the gateway starts. Its ordinal (50) is below application.properties and the
 * environment, so an operator's value always wins.
 */
abstract class ComputedDefault implements ConfigSource {

    private final String property;

    ComputedDefault(String property) {
        this.property = property;
    }

    /** The default value. */
    abstract String value();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(property);
    }

    @Override
    public String getValue(String propertyName) {
        return property.equals(propertyName) ? value() : null;
    }

    @Override
    public String getName() {
        return "gateway-default-" + property;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
