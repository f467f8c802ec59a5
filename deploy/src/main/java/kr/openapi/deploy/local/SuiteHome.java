package kr.openapi.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The folder where the local suite keeps its data ({@code postgres/}), logs ({@code logs/}) and the lock that makes
 * a second start say "already running" instead of failing on busy ports. Default {@code .suite/} in the
 * repository; {@code SUITE_HOME} moves it.
 */
public final class SuiteHome {

    private final Path dir;
    private FileChannel lockChannel;
    private FileLock lock;

    public SuiteHome(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path postgresData() {
        return dir.resolve("postgres");
    }

    /** Generated secrets of the local run: JWT key pairs and personal-data keys. Wiped by a reset. */
    public Path keys() {
        return dir.resolve("keys");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public Path log(SuiteService service) {
        return logs().resolve(service.module() + ".log");
    }

    private Path pidFile() {
        return dir.resolve("suite.pid");
    }

    /** Takes the suite's lock; empty when another launcher holds it. The lock lives as long as this process. */
    public boolean tryLock() {
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve("suite.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException heldByThisProcess) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    /** Whether a launcher holds the lock right now (checked by taking and releasing it). */
    public boolean isLockedByAnother() {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        SuiteHome probe = new SuiteHome(dir);
        if (probe.tryLock()) {
            probe.unlock();
            return false;
        }
        return true;
    }

    public void unlock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    public void writePid(long pid) {
        write(pidFile(), Long.toString(pid));
    }

    public OptionalLong readPid() {
        try {
            return Files.exists(pidFile())
                    ? OptionalLong.of(Long.parseLong(Files.readString(pidFile()).trim()))
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void deletePid() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException ignored) {
            // a stale pid file is harmless: the lock is what counts
        }
    }

    /** The postmaster left running by a launcher that was killed, if any. */
    public Optional<ProcessHandle> strayPostmaster() {
        Path pidFile = postgresData().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes all local data and logs ({@code ./suite --reset}). */
    public void wipeData() {
        for (Path path : new Path[] {postgresData(), logs(), keys()}) {
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(path)) {
                tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot wipe " + path, e);
            }
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
