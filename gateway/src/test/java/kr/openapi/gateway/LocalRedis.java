package kr.openapi.gateway;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Redis for tests: Debian's redis-server on a free port, without persistence as the chart runs it (no RDB
 * snapshots, AOF off), so a kill loses every counter. Tests that need it are skipped, saying so, where it is not
 * installed ({@code .ci/run} installs it).
 */
public final class LocalRedis implements AutoCloseable {

    private static final String REDIS_SERVER = "/usr/bin/redis-server";

    private final int port;
    private Process process;

    private LocalRedis(int port) {
        this.port = port;
    }

    /** Starts one, or skips the calling test when redis-server is not installed. */
    public static LocalRedis startOrSkip() throws Exception {
        Assumptions.assumeTrue(new File(REDIS_SERVER).canExecute(),
                "Skipped: no redis-server at " + REDIS_SERVER + " (apt-get install redis-server; .ci/run does it)");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        LocalRedis redis = new LocalRedis(port);
        redis.start();
        return redis;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** (Re)starts it on its port, empty. */
    public void start() throws Exception {
        process = new ProcessBuilder(REDIS_SERVER, "--bind", "127.0.0.1", "--port", String.valueOf(port), "--save", "",
                "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("redis-server did not start on port " + port, e);
                }
                Thread.sleep(50);
            }
        }
    }

    /** SIGKILL: every counter is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
    }
}
