package seqstream.kafka.embedded;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in Testcontainers' container, the same Kafka version the services are built against. */
final class ContainerBroker implements KafkaBroker {
    static final String IMAGE = "apache/kafka-native:4.1.2";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
