package seqstream.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ChildJvmBrokerTest {

    @Test
    void recordsGoThroughTheBrokerAndItStopsWhenClosed() throws Exception {
        String topic = "test-" + UUID.randomUUID();
        try (ChildJvmBroker broker = ChildJvmBroker.start(0, 1)) {
            Map<String, Object> common = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (var producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i)).get();
                }
            }
            Map<String, Object> consumerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            List<String> values = new ArrayList<>();
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (values.size() < 10 && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        values.add(record.value());
                    }
                }
            }
            assertThat(values).hasSize(10).startsWith("value-0").endsWith("value-9");
        }
    }
}
