package seqstream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, in one line: processor, cores, memory, system, Java. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %s memory, %s, Java %s (%s)", field("/proc/cpuinfo", "model name", ":"),
                Runtime.getRuntime().availableProcessors(), memory(), field("/etc/os-release", "PRETTY_NAME", "=").replace("\"", ""),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String memory() {
        String kb = field("/proc/meminfo", "MemTotal", ":").replaceAll("\\D", "");
        return kb.isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(kb) / (1024.0 * 1024.0));
    }

    /** The value of the first line of {@code file} starting with {@code name}; "unknown" where there is none (not Linux). */
    private static String field(String file, String name, String separator) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(name) && line.contains(separator)) {
                    return line.substring(line.indexOf(separator) + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }
}
