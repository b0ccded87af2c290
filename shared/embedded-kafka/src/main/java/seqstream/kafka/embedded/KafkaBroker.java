package seqstream.kafka.embedded;

/** A running Kafka broker that tests and local runs talk to. */
public interface KafkaBroker extends AutoCloseable {
    /** Where clients connect, as in {@code bootstrap.servers}. */
    String bootstrapServers();

    @Override
    void close();
}
