package kr.openapi.deploy.helm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its environment, taken from its sources and common's: the variables its
 * application.properties name ({@code ${DB_HOST:localhost}}), its properties and the names of its
 * {@code @ConfigProperty} and {@code @ConfigMapping} settings, which MicroProfile Config also takes as variables
 * ({@code openapi.pii.key} from {@code OPENAPI_PII_KEY}).
 */
record ServiceSettings(Map<String, String> properties, Map<String, String> variableDefaults, Set<String> settingNames,
                       Set<String> mappingPrefixes) {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"");

    static ServiceSettings of(String module) {
        Map<String, String> properties = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String source : new String[] {"common", module}) {
            Properties loaded = load(ROOT.resolve(source).resolve(source.equals("common")
                    ? "src/main/resources/META-INF/microprofile-config.properties" : "src/main/resources/application.properties"));
            loaded.forEach((key, value) -> {
                properties.put((String) key, (String) value);
                names.add(((String) key).replaceFirst("^%[^.]+\\.", ""));
                Matcher variable = VARIABLE.matcher((String) value);
                while (variable.find()) {
                    variables.put(variable.group(1), variable.group(2) == null ? null : variable.group(3));
                }
            });
            try (Stream<Path> files = Files.walk(ROOT.resolve(source).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    String java = read(file);
                    CONFIG_PROPERTY.matcher(java).results().forEach(match -> names.add(match.group(1)));
                    CONFIG_MAPPING.matcher(java).results().forEach(match -> prefixes.add(match.group(1)));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServiceSettings(properties, variables, names, prefixes);
    }

    /** Whether the service reads this environment variable. */
    boolean reads(String variable) {
        return variableDefaults.containsKey(variable)
                || settingNames.stream().anyMatch(name -> environmentName(name).equals(variable))
                || mappingPrefixes.stream().anyMatch(prefix -> variable.startsWith(environmentName(prefix) + "_"));
    }

    /** {@code quarkus.http.port -> QUARKUS_HTTP_PORT}, as MicroProfile Config maps a property to a variable. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
