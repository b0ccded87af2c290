package seqstream.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import seqstream.kafka.embedded.ChildJvmBroker;
import seqstream.vectors.VectorsCache;

/**
 * The embedded broker and every service (or the ones asked for), each in a JVM of its own on this machine,
 * started in order and waited for until healthy; closing stops them all (services first, then the broker).
 */
final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final ChildJvmBroker broker;
    private final List<Process> services = new ArrayList<>();
    private final Map<String, LocalService> started = new LinkedHashMap<>();
    private final Map<String, Process> running = new LinkedHashMap<>();

    /** Stops the child JVMs when seqctl itself is stopped (Ctrl-C, kill) before it could close the stack. */
    private final Thread stopOnExit = new Thread(this::close, "stop-local-stack");
    private boolean closed;

    private LocalStack(ChildJvmBroker broker) {
        this.broker = broker;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * @param kafkaPort  the broker's client port; 0 picks a free one
     * @param partitions partitions of each topic
     * @param freePorts  services listen on free ports instead of their own (tests and benchmarks, which must
     *                   not collide with a running ./seqctl up)
     */
    static LocalStack start(int kafkaPort, int partitions, boolean freePorts, PrintStream log) throws Exception {
        return start(kafkaPort, partitions, freePorts, log, LocalService.ALL);
    }

    /** As {@link #start(int, int, boolean, PrintStream)}, with only the {@code services} given, in their order. */
    static LocalStack start(int kafkaPort, int partitions, boolean freePorts, PrintStream log, List<LocalService> services)
            throws Exception {
        try (ConsoleProgress progress = new ConsoleProgress()) {
            VectorsCache.fetch(VectorsCache.defaultFile(), progress); // once: the embedding lookup serves them
        }
        log.println("starting Kafka (embedded KRaft broker) ...");
        LocalStack stack = new LocalStack(ChildJvmBroker.start(kafkaPort, partitions));
        try {
            log.println("kafka            " + stack.bootstrapServers());
            for (LocalService service : services) {
                stack.startService(freePorts ? service.onPort(freePort()) : service, log, false);
            }
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Where this stack is, for ./seqctl status: {@code kafka} and each service's URL, as a properties file. */
    void describe(Path file) throws IOException {
        Properties where = new Properties();
        where.setProperty(StatusCommand.KAFKA, bootstrapServers());
        started.keySet().forEach(service -> where.setProperty(service, url(service)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(file)) {
            where.store(out, "the stack ./seqctl up started; ./seqctl status reads it");
        }
    }

    /** The broker itself, for the fault tests (kill and restart it). */
    ChildJvmBroker broker() {
        return broker;
    }

    /** Kills a service as a crash would (SIGKILL: no shutdown, no last commit), for the fault tests. */
    void kill(String service) throws InterruptedException {
        process(service).destroyForcibly().waitFor();
    }

    /** Starts a killed service again on its port, with its options, and waits until it is ready. */
    void restart(String service, PrintStream log) throws Exception {
        process(service); // it is one of ours
        startService(started.get(service), log, true);
    }

    /** Where a service of this stack answers HTTP, such as the console's page. */
    String url(String service) {
        process(service); // it is one of ours
        return "http://localhost:" + started.get(service).port() + "/";
    }

    /** The operating system's id of a service's JVM, for measuring its memory. */
    long pid(String service) {
        return process(service).pid();
    }

    private Process process(String service) {
        Process process = running.get(service);
        if (process == null) {
            throw new IllegalArgumentException("no service '" + service + "' in this stack");
        }
        return process;
    }

    /** @param restart append to the service's log (the crash stays in it) instead of starting it afresh */
    private void startService(LocalService service, PrintStream log, boolean restart) throws Exception {
        Path root = Paths.root();
        Path jar = root.resolve(service.folder()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with 'mvn -DskipTests package' (./seqctl does this)");
        }
        Path logs = Files.createDirectories(root.resolve("target/logs"));
        Path logFile = logs.resolve(service.name() + ".log");
        log.println("starting " + service.name() + " ...");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-XX:+ExitOnOutOfMemoryError",
                "-Dseqstream.vectors.file=" + VectorsCache.defaultFile().toAbsolutePath(),
                "-Dkafka.bootstrap.servers=" + broker.bootstrapServers(),
                "-Dquarkus.http.port=" + service.port()));
        command.addAll(service.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(restart ? ProcessBuilder.Redirect.appendTo(logFile.toFile()) : ProcessBuilder.Redirect.to(logFile.toFile()))
                .start();
        services.add(process);
        started.put(service.name(), service);
        running.put(service.name(), process);
        awaitReady(service, process, logFile);
        log.printf("%-16s http://localhost:%d  (health /q/health, metrics /q/metrics, API /q/swagger-ui; log %s)%n",
                service.name(), service.port(), root.relativize(logFile));
    }

    private static void awaitReady(LocalService service, Process process, Path logFile) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.body();
            } catch (IOException e) {
                last = "not listening yet";
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not ready after " + READY_TIMEOUT.toSeconds()
                + " s (" + last + "); see " + logFile);
    }

    /** Services get SIGTERM (Quarkus shuts down gracefully, committing what it has done), then the broker stops. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: this is that hook, or another one closing the stack first
        }
        for (Process service : services.reversed()) {
            service.destroy();
        }
        for (Process service : services) {
            try {
                if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.destroyForcibly();
            }
        }
        broker.close();
    }
}
