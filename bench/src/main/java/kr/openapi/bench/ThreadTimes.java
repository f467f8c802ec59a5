package kr.openapi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each thread of a process (user and system, clock ticks, from {@code /proc/<pid>/task}), summed by
 * thread name with digits removed: what share of the proxy's core its event loops, JIT compilers and garbage
 * collector took during a measurement.
 */
record ThreadTimes(Map<String, long[]> byName) {

    static ThreadTimes of(long pid) {
        Map<String, long[]> times = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "N");
                    long[] sum = times.computeIfAbsent(name, n -> new long[2]);
                    sum[0] += Long.parseLong(f[11]);
                    sum[1] += Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended while being read
                }
            });
        } catch (IOException e) {
            return new ThreadTimes(Map.of());
        }
        return new ThreadTimes(times);
    }

    /** "name user+system" of the threads that used CPU since {@code earlier}, busiest first, in % of one core. */
    String since(ThreadTimes earlier, double seconds) {
        StringBuilder out = new StringBuilder();
        byName.entrySet().stream()
                .map(e -> {
                    long[] before = earlier.byName.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .forEach(e -> out.append(String.format("%s %.0f%%+%.0f%%; ", e.getKey(), e.getValue()[0] / seconds,
                        e.getValue()[1] / seconds)));
        return out.toString();
    }
}
