package kr.openapi.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the suite running as a child process, its output going to its log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final SuiteService service;
    private final Process process;

    private ServiceProcess(SuiteService service, Process process) {
        this.service = service;
        this.process = process;
    }

    /** Starts the packaged JVM application ({@code quarkus-run.jar}). */
    public static ServiceProcess start(SuiteService service, Path root, Path log, Map<String, String> environment) {
        return start(service, root, log, environment, List.of());
    }

    /**
     * Starts the packaged JVM application under a launcher, such as {@code taskset -c 1} (a benchmark gives the
     * service a CPU of its own from its first thread on, so the JVM sizes its threads for that CPU).
     */
    public static ServiceProcess start(SuiteService service, Path root, Path log, Map<String, String> environment,
                                       List<String> launcher) {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(service.runnerJar(root).toString());
        return start(service, command, root, log, environment);
    }

    /** Starts the native executable of the service ({@code ./mvnw package -Dnative}). */
    public static ServiceProcess startNative(SuiteService service, Path root, Path log, Map<String, String> environment) {
        return start(service, List.of(service.nativeExecutable(root).toString()), root, log, environment);
    }

    private static ServiceProcess start(SuiteService service, List<String> command, Path root, Path log, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        builder.environment().putAll(environment);
        if (service == SuiteService.GATEWAY) {
            int httpPort = Integer.parseInt(builder.environment().get("QUARKUS_HTTP_PORT"));
            builder.environment().put("GATEWAY_MANAGEMENT_PORT", Integer.toString(service.managementPort(httpPort)));
        }
        try {
            Files.createDirectories(log.getParent());
            return new ServiceProcess(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    SuiteService service() {
        return service;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully) and kills it if it takes too long. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code /q/health/ready} of a service on its usual local port answers UP. */
    public static boolean isReady(SuiteService service) {
        return isReady(service, service.baseUrl());
    }

    /** Whether {@code /q/health/ready} of the service reached at {@code baseUrl} answers UP. */
    public static boolean isReady(SuiteService service, String baseUrl) {
        URI base = URI.create(baseUrl);
        URI health = URI.create(base.getScheme() + "://" + base.getHost() + ":" + service.managementPort(base.getPort()) + "/q/health/ready");
        try {
            HttpRequest request = HttpRequest.newBuilder(health)
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
