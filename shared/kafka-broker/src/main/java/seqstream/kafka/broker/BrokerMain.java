package seqstream.kafka.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Apache Kafka (KRaft: broker and controller in one process) for tests and local runs.
 * Runs only as a child JVM started by seqstream's embedded-kafka launcher, so that Kafka's own
 * dependencies (Scala, log4j) never join a service's classpath.
 *
 * <p>Usage: {@code BrokerMain <port> <controller port> <data dir> <partitions>}. Prints
 * {@value #READY} followed by the bootstrap address once clients can connect, and stops (deleting the
 * data dir) when its standard input closes, so it never outlives the JVM that started it.
 */
public final class BrokerMain {
    public static final String READY = "SEQSTREAM-KAFKA-READY ";
    private static final String CONTROLLER = "CONTROLLER";
    private static final String SCRAM = "SCRAM-SHA-512";

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 7) {
            System.err.println("usage: BrokerMain <port> <controller port> <data dir> <partitions> [<SASL port> <user> <password>]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int controllerPort = Integer.parseInt(args[1]);
        Path dataDir = Path.of(args[2]);
        Files.createDirectories(dataDir);
        Properties properties = properties(port, controllerPort, dataDir, Integer.parseInt(args[3]));
        List<String> users = List.of();
        int clientPort = port;
        if (args.length == 7) {
            clientPort = Integer.parseInt(args[4]);
            addScramListener(properties, port, clientPort);
            users = List.of(SCRAM + "=[name=" + args[5] + ",password=" + args[6] + "]");
        }

        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        // A restart after a crash finds its data formatted already: keep it (formatting again would change the cluster id).
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(dataDir, users);
        }

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        // However this JVM ends (stdin closed, SIGTERM, Ctrl-C in the terminal): stop cleanly, leave no data behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
            deleteRecursively(dataDir);
        }, "stop-broker"));
        server.startup();
        System.out.println(READY + "localhost:" + clientPort);
        System.out.flush();

        // Stop when the parent goes away (its end of our stdin closes), however it went away.
        while (System.in.read() >= 0) {
            // the parent never writes; anything it sends is ignored
        }
        System.exit(0);
    }

    /**
     * Clients authenticate with SCRAM on a listener of their own; the broker talks to itself on the plain one,
     * which a deployment would not expose.
     */
    private static void addScramListener(Properties p, int port, int saslPort) {
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",SASL_PLAINTEXT://localhost:" + saslPort + "," + CONTROLLER
                + "://localhost:" + p.getProperty("controller.quorum.voters").replaceAll(".*:", ""));
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port + ",SASL_PLAINTEXT://localhost:" + saslPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.put("sasl.enabled.mechanisms", SCRAM);
        p.put("listener.name.sasl_plaintext." + SCRAM.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    }

    /** @param users SCRAM credentials to create, as kafka-storage's --add-scram takes them */
    private static void format(Path dataDir, List<String> users) throws Exception {
        new Formatter()
                .setScramArguments(users)
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dataDir.toString()))
                .setMetadataLogDirectory(dataDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName(CONTROLLER)
                .run();
    }

    private static Properties properties(int port, int controllerPort, Path dataDir, int partitions) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("auto.create.topics.enable", "true");
        // One node: every internal topic has one replica, and consumer groups need not wait for more members.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
