package seqstream.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * Reads a workload's output topic on a thread of its own and matches each answer to its request: the time
 * from send to answer, per request, collected until taken. A request answered twice (a replay) counts once.
 */
final class Answers implements AutoCloseable {
    private final Workload workload;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<Double> millis = new ArrayList<>();
    private final Thread reader;
    private volatile boolean reading = true;
    private long answered;
    private long repeats;
    private long failedSends;

    /** Starts following the output topic from its end, before anything is sent. */
    Answers(String bootstrapServers, Workload workload) throws InterruptedException {
        this.workload = workload;
        Map<String, Object> settings = ClientSettings.of(bootstrapServers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            TopicTail.follow(consumer, settings, List.of(workload.outputTopic()), Duration.ofSeconds(30));
        } catch (InterruptedException | RuntimeException e) {
            consumer.close();
            throw e;
        }
        reader = Thread.ofPlatform().name("answers-" + workload.service()).start(() -> {
            try (consumer) {
                while (reading) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        answer(workload.id().apply(record.key(), record.headers()));
                    }
                }
            }
        });
    }

    /** Call just before sending the request with this id. */
    void sending(String id) {
        sentAt.put(id, System.nanoTime());
    }

    /** A request Kafka refused to take (the producer gave up): the load generator's loss, not the service's. */
    synchronized void notSent(String id) {
        if (sentAt.remove(id) != null) {
            failedSends++;
        }
    }

    private void answer(String id) {
        if (id == null) {
            return;
        }
        Long sent = sentAt.remove(id);
        synchronized (this) {
            if (sent == null) {
                repeats++; // answered before: a replay after a crash
            } else {
                millis.add((System.nanoTime() - sent) / 1e6);
                answered++;
            }
        }
    }

    synchronized long answered() {
        return answered;
    }

    /** Answers to requests answered already. */
    synchronized long repeats() {
        return repeats;
    }

    synchronized long failedSends() {
        return failedSends;
    }

    /** The latencies of the answers since the last call, in milliseconds. */
    synchronized double[] takeMillis() {
        double[] taken = millis.stream().mapToDouble(Double::doubleValue).toArray();
        millis.clear();
        return taken;
    }

    /** Waits until {@code count} requests are answered; false if {@code timeout} passes first. */
    boolean await(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (answered() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Requests sent and not answered (yet). */
    int unanswered() {
        return sentAt.size();
    }

    String service() {
        return workload.service();
    }

    @Override
    public void close() throws InterruptedException {
        reading = false;
        reader.join();
    }
}
