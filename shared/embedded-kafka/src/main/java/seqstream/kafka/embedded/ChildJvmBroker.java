package seqstream.kafka.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real KRaft broker in a child JVM (seqstream's kafka-broker module), on the classpath that module's
 * build wrote to {@code shared/kafka-broker/target/broker.classpath}. The child stops by itself when this
 * JVM goes away: it watches its standard input, which is our end of a pipe.
 */
public final class ChildJvmBroker implements KafkaBroker {
    private static final String MAIN = "seqstream.kafka.broker.BrokerMain";
    private static final String READY = "SEQSTREAM-KAFKA-READY ";
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final List<String> command;
    private final Path log;
    private Process process;
    private final String bootstrapServers;

    private ChildJvmBroker(List<String> command, Path log, Process process, String bootstrapServers) {
        this.command = command;
        this.log = log;
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker and waits until clients can connect.
     *
     * @param port       the client port; 0 picks a free one
     * @param partitions partitions of each topic the broker creates on first use
     */
    public static ChildJvmBroker start(int port, int partitions) {
        return start(port, partitions, List.of());
    }

    /**
     * A broker whose clients must authenticate with SCRAM-SHA-512 as {@code user}: {@link #bootstrapServers()} is
     * its SASL_PLAINTEXT listener (the settings clients need: {@link ClientSettings#scram}).
     */
    public static ChildJvmBroker startWithScram(int partitions, String user, String password) {
        try {
            return start(0, partitions, List.of(String.valueOf(freePort()), user, password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChildJvmBroker start(int port, int partitions, List<String> scram) {
        Path root = RepositoryRoot.find();
        Path module = root.resolve("shared/kafka-broker");
        Path classpathFile = module.resolve("target/broker.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("the embedded Kafka broker is not built: " + classpathFile
                    + " is missing; build it with 'mvn -pl shared/kafka-broker package' (./seqctl does this for you)");
        }
        try {
            Path dataDir = Files.createTempDirectory("seqstream-kafka-");
            Path log = Files.createDirectories(root.resolve("target")).resolve("embedded-kafka.log");
            String classpath = module.resolve("target/classes") + java.io.File.pathSeparator
                    + Files.readString(classpathFile).trim();
            int clientPort = port == 0 ? freePort() : port;
            List<String> command = new ArrayList<>();
            // Its own session: Ctrl-C in the terminal reaches the services, which shut down and commit their
            // offsets while the broker is still up; the broker stops after them, when its stdin closes.
            if (Files.isExecutable(SETSID)) {
                command.add(SETSID.toString());
            }
            command.addAll(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath, MAIN,
                    String.valueOf(clientPort), String.valueOf(freePort()), dataDir.toString(), String.valueOf(partitions)));
            command.addAll(scram);
            Process process = launch(command, log);
            return new ChildJvmBroker(command, log, process, awaitReady(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }

    private static Process launch(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /**
     * Kills the broker as a crash would (SIGKILL: its data stays on disk), for the fault tests; {@link #restart}
     * brings it back on the same ports and data.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the broker again after {@link #kill}: same ports, same data (already formatted, so kept). */
    public void restart() {
        try {
            process = launch(command, log);
            awaitReady(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded Kafka broker", e);
        }
    }

    /** Reads the child's standard output until it says it is ready (or dies), then keeps draining it. */
    private static String awaitReady(Process process, Path log) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(READY)) {
                        ready.complete(line.substring(READY.length()).trim());
                    }
                }
            } catch (IOException e) {
                // the child went away; the wait below reports it
            }
            // Once ready, this does nothing; before, it reports that the child stopped without being ready.
            ready.completeExceptionally(new IllegalStateException(
                    "the embedded Kafka broker stopped before it was ready; see " + log));
        }, "embedded-kafka-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the embedded Kafka broker was not ready after " + START_TIMEOUT_SECONDS
                    + " s; see " + log);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while the embedded Kafka broker started");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Closes the child's standard input, which stops it cleanly; waits a while, then insists. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
