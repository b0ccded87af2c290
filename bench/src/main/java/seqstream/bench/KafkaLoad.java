package seqstream.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import seqstream.kafka.embedded.ClientSettings;

/**
 * A workload sent through Kafka to a running service: as one burst (its capacity: every request sent at
 * once, answers per wall second) or at a steady rate for minutes (latency and memory over time). Latency is
 * per request, from send to answer.
 */
public final class KafkaLoad {
    private KafkaLoad() {
    }

    /** Sends {@code count} requests as fast as the producer takes them and waits for every answer. */
    public static Figure burst(String bootstrapServers, Workload workload, int count, Duration timeout) throws InterruptedException {
        try (Answers answers = new Answers(bootstrapServers, workload); var producer = producer(bootstrapServers)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                send(producer, answers, workload, i);
            }
            producer.flush();
            if (!answers.await(count, timeout)) {
                throw new IllegalStateException(workload.service() + ": only " + answers.answered() + " of " + count
                        + " requests answered after " + timeout);
            }
            return Figure.of(workload.service() + ", " + count + " " + workload.unit() + " at once", count,
                    (System.nanoTime() - start) / 1e9, answers.takeMillis());
        }
    }

    /** One stretch of a sustained run: what was sent and answered in it, the answers' latency, memory at its end. */
    public record Interval(double endSeconds, long sent, long answered, double p50Millis, double p99Millis, Memory memory) {
    }

    /**
     * A sustained run: the rate asked for, every interval, every request sent (the intervals miss those a late
     * sender sent after the last one ended), the requests never answered (lost), the answers to requests answered
     * before (repeats, after a crash), and the requests Kafka never took from the load generator.
     */
    public record Sustained(Workload workload, double perSecond, List<Interval> intervals, long sent, int lost, long repeats,
            long failedSends) {
    }

    /**
     * Sends requests at {@code perSecond} for {@code length}, reporting every {@code every} (and {@code memory}
     * then); afterwards waits up to {@code drain} for the last answers. Requests still unanswered are lost.
     */
    public static Sustained sustain(String bootstrapServers, Workload workload, double perSecond, Duration length, Duration every,
            Supplier<Memory> memory, Duration drain) throws InterruptedException {
        try (Answers answers = new Answers(bootstrapServers, workload); var producer = producer(bootstrapServers)) {
            AtomicLong sent = new AtomicLong();
            long start = System.nanoTime();
            long end = start + length.toNanos();
            Thread sender = Thread.ofPlatform().name("sender-" + workload.service()).start(() -> {
                for (int i = 0; ; i++) {
                    long due = start + (long) (i * 1e9 / perSecond);
                    if (due >= end) {
                        break;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(Duration.ofNanos(wait));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    send(producer, answers, workload, i);
                    sent.incrementAndGet();
                }
                producer.flush();
            });
            List<Interval> intervals = new ArrayList<>();
            long lastSent = 0;
            long lastAnswered = 0;
            for (long at = start + every.toNanos(); at <= end; at += every.toNanos()) {
                Thread.sleep(Duration.ofNanos(Math.max(0, at - System.nanoTime())));
                Figure f = Figure.of("", 0, 1, answers.takeMillis());
                long s = sent.get();
                long a = answers.answered();
                // A busy machine wakes this thread late: the interval ends when it was measured, not when it was due.
                long now = System.nanoTime();
                intervals.add(new Interval((now - start) / 1e9, s - lastSent, a - lastAnswered, f.p50Millis(), f.p99Millis(), memory.get()));
                lastSent = s;
                lastAnswered = a;
            }
            sender.join();
            answers.await(sent.get() - answers.failedSends(), drain);
            return new Sustained(workload, perSecond, intervals, sent.get(), answers.unanswered(), answers.repeats(), answers.failedSends());
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Answers answers, Workload workload, int i) {
        ProducerRecord<String, byte[]> record = workload.record(i);
        String id = workload.id().apply(record.key(), record.headers());
        answers.sending(id);
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                answers.notSent(id);
            }
        });
    }

    /** Waits out a broker restart (minutes) rather than give up on a request. */
    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(ClientSettings.of(bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000, ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000),
                new StringSerializer(), new ByteArraySerializer());
    }
}
