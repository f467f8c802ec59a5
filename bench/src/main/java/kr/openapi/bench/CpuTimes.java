package kr.openapi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CPU's times from {@code /proc/stat} (in clock ticks), so a benchmark can say how busy each core was during a
 * measurement and how much time the hypervisor took from it (steal): a figure measured while the host was stealing
 * a tenth of the core is not the code's.
 */
record CpuTimes(long user, long kernel, long idle, long steal) {

    /** The times of CPU {@code cpu} now. */
    static CpuTimes of(int cpu) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            for (String line : lines) {
                if (line.startsWith("cpu" + cpu + " ")) {
                    String[] f = line.trim().split("\\s+");
                    // user nice system idle iowait irq softirq steal
                    long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
                    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                    long irq = Long.parseLong(f[6]), softirq = Long.parseLong(f[7]), steal = Long.parseLong(f[8]);
                    return new CpuTimes(user + nice, system + irq + softirq, idle, steal);
                }
            }
            throw new IllegalStateException("no cpu" + cpu + " in /proc/stat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Percentages of the time between {@code earlier} and this sample: {busy, steal, user, kernel} (kernel: system,
     * interrupts and soft interrupts, where a loopback send's receiving side runs).
     */
    double[] percentSince(CpuTimes earlier) {
        long userTicks = user - earlier.user, kernelTicks = kernel - earlier.kernel;
        long idleTicks = idle - earlier.idle, stealTicks = steal - earlier.steal;
        double total = Math.max(1, userTicks + kernelTicks + idleTicks + stealTicks);
        return new double[] {100.0 * (userTicks + kernelTicks) / total, 100.0 * stealTicks / total,
                100.0 * userTicks / total, 100.0 * kernelTicks / total};
    }

    /** The CPU model as /proc/cpuinfo names it. */
    static String model() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
