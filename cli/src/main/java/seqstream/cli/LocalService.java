package seqstream.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A service of the local stack: where its build is, the HTTP port it gets, and any options its JVM needs.
 *
 * @param name       the name in logs; the folder under services/ for the product's services
 * @param port       the HTTP port on this machine
 * @param folder     its Maven module, relative to the repository root
 * @param jvmOptions added to its java command line (a test's heap limit, say)
 */
record LocalService(String name, int port, String folder, List<String> jvmOptions) {
    LocalService(String name, int port) {
        this(name, port, "services/" + name, List.of());
    }

    /** Every service there is, in start order. */
    static final List<LocalService> ALL = List.of(new LocalService("date-translator", 8081),
            new LocalService("name-generator", 8082), new LocalService("trigger-detector", 8083),
            new LocalService("embedding-lookup", 8084), new LocalService("emojifier", 8085),
            new LocalService("jazz-generator", 8086), new LocalService("console", 8080));
    /** The web page in front of the others. */
    static final String CONSOLE = "console";
    /** Copies requests to answers with no model between: the benchmarks' measure of Kafka's own cost. */
    static final LocalService PASS_THROUGH = new LocalService("passthrough", 8089, "bench/passthrough", List.of());

    /** One of {@link #ALL}, by name. */
    static LocalService named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service '" + name + "'"));
    }

    LocalService onPort(int newPort) {
        return new LocalService(name, newPort, folder, jvmOptions);
    }

    LocalService withJvmOptions(String... options) {
        List<String> all = new ArrayList<>(jvmOptions);
        all.addAll(List.of(options));
        return new LocalService(name, port, folder, List.copyOf(all));
    }
}
