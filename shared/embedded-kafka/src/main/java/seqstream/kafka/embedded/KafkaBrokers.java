package seqstream.kafka.embedded;

import org.testcontainers.DockerClientFactory;

/**
 * Starts a broker the way this machine allows: Testcontainers' Kafka container where Docker runs, else a
 * KRaft broker in a child JVM. {@value #FORCE_EMBEDDED} (system property, or SEQSTREAM_KAFKA_EMBEDDED=true in
 * the environment) forces the child JVM.
 */
public final class KafkaBrokers {
    public static final String FORCE_EMBEDDED = "seqstream.kafka.embedded";
    private static final System.Logger LOG = System.getLogger(KafkaBrokers.class.getName());

    /** Set once the shared broker runs: Quarkus restarts load this class again, but system properties stay. */
    private static final String SHARED_BOOTSTRAP = "seqstream.kafka.shared.bootstrap";

    private KafkaBrokers() {
    }

    public static KafkaBroker start() {
        if (forceEmbedded() || !dockerAvailable()) {
            return ChildJvmBroker.start(0, 1);
        }
        LOG.log(System.Logger.Level.INFO, "Docker is available: starting Kafka in a container");
        return ContainerBroker.start();
    }

    /**
     * One broker for the whole JVM (a test run), started on first use and stopped when the JVM exits, so
     * test classes and Quarkus restarts (each in a class loader of its own) share it instead of starting one each.
     */
    public static String sharedBootstrapServers() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(SHARED_BOOTSTRAP);
            if (running == null) {
                KafkaBroker broker = start();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka"));
                running = broker.bootstrapServers();
                System.setProperty(SHARED_BOOTSTRAP, running);
            }
            return running;
        }
    }

    private static boolean forceEmbedded() {
        return Boolean.getBoolean(FORCE_EMBEDDED) || "true".equalsIgnoreCase(System.getenv("SEQSTREAM_KAFKA_EMBEDDED"));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
