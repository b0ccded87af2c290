package seqstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.KafkaBrokers;

/** The load generator against a stand-in service (a thread copying records) that answers all, or drops some. */
class KafkaLoadTest {
    private final String kafka = KafkaBrokers.sharedBootstrapServers();

    @Test
    void aBurstIsAnsweredInFullAndTimedPerRequest() throws Exception {
        Workload workload = workload(500);
        try (Echo echo = new Echo(workload, key -> true)) {
            Figure figure = KafkaLoad.burst(kafka, workload, workload.burst(), Duration.ofMinutes(1));
            assertThat(figure.items()).isEqualTo(500);
            assertThat(figure.p50Millis()).isPositive().isLessThanOrEqualTo(figure.p99Millis());
            assertThat(figure.p99Millis()).isLessThan(figure.seconds() * 1000);
        }
    }

    @Test
    void aBurstWithUnansweredRequestsFails() throws Exception {
        Workload workload = workload(100);
        try (Echo echo = new Echo(workload, key -> !key.endsWith("7"))) {
            assertThatThrownBy(() -> KafkaLoad.burst(kafka, workload, workload.burst(), Duration.ofSeconds(10)))
                    .hasMessageContaining("only 90 of 100");
        }
    }

    @Test
    void aSustainedRunKeepsItsRateAndCountsWhatWasLost() throws Exception {
        Workload workload = workload(0);
        try (Echo echo = new Echo(workload, key -> !key.endsWith("7"))) {
            KafkaLoad.Sustained run = KafkaLoad.sustain(kafka, workload, 200, Duration.ofSeconds(4), Duration.ofSeconds(1),
                    () -> new Memory(1, 2, 3, 4), Duration.ofSeconds(5));
            assertThat(run.intervals()).hasSize(4);
            assertThat(run.sent()).isEqualTo(800);
            long sentInIntervals = run.intervals().stream().mapToLong(KafkaLoad.Interval::sent).sum();
            assertThat(sentInIntervals).isBetween(790L, 800L);
            // Never ahead of the rate, however late this machine runs the sender (behind, it catches up: the sums above).
            long sentBy = 0;
            for (KafkaLoad.Interval interval : run.intervals()) {
                sentBy += interval.sent();
                assertThat(sentBy).as("sent by %.2f s", interval.endSeconds()).isLessThanOrEqualTo((long) (200 * interval.endSeconds()) + 1);
            }
            assertThat(run.lost()).isEqualTo(80); // all 800 sent before the drain; keys ending in 7: one in ten
        }
    }

    private static Workload workload(int burst) {
        String session = UUID.randomUUID().toString();
        return new Workload("echo", "records", "load-test." + session, "load-test-answers." + session,
                i -> new ProducerRecord<>("ignored", session + "-" + i, ("request " + i).getBytes(StandardCharsets.UTF_8)),
                (key, headers) -> key, burst);
    }

    /** Copies the workload's input to its output, the records {@code answer} accepts only. */
    private final class Echo implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;

        Echo(Workload workload, Predicate<String> answer) {
            var consumer = new KafkaConsumer<>(ClientSettings.of(kafka, ConsumerConfig.GROUP_ID_CONFIG, "echo",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
            var producer = new KafkaProducer<>(ClientSettings.of(kafka), new StringSerializer(), new ByteArraySerializer());
            consumer.subscribe(List.of(workload.inputTopic()));
            thread = Thread.ofPlatform().start(() -> {
                try (consumer; producer) {
                    while (running) {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                            if (answer.test(r.key())) {
                                producer.send(new ProducerRecord<>(workload.outputTopic(), r.key(), r.value()));
                            }
                        }
                    }
                }
            });
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
