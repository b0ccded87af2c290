package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * Each service killed (SIGKILL) half way through 10,000 requests arriving at 1,000 a second, then started
 * again: every request is answered. A batch the service had answered but not yet committed is answered again
 * after the restart; those duplicates are counted (answers carry the request id as their key, so a consumer
 * can drop them) and printed. The trigger detector gets 50 concurrent streams of 200 chunks each.
 */
class CrashRecoveryTest {
    private static final int REQUESTS = 10_000;
    private static final int PER_SECOND = 1_000;
    private static final Duration FINISH = Duration.ofMinutes(3);

    private static LocalStack stack;
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true);

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(0, 2, true, QUIET);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void dates() throws Exception {
        crashHalfWay("date-translator", Topics.DATES_RAW, Topics.DATES_ISO, i -> json(i, "\"text\": \"" + (1 + i % 28) + " May 19" + (50 + i % 50) + "\""));
    }

    @Test
    void names() throws Exception {
        crashHalfWay("name-generator", Topics.NAMES_REQUESTS, Topics.NAMES_GENERATED, i -> json(i, "\"count\": 2, \"seed\": " + i));
    }

    @Test
    void emojify() throws Exception {
        crashHalfWay("emojifier", Topics.TEXT_MESSAGES, Topics.TEXT_EMOJIFIED, i -> json(i, "\"text\": \"food is life " + i + "\""));
    }

    @Test
    void vectors() throws Exception {
        crashHalfWay("embedding-lookup", Topics.EMBEDDINGS_REQUESTS, Topics.EMBEDDINGS_RESULTS,
                i -> json(i, "\"op\": \"similarity\", \"words\": [\"king\", \"queen\"]"));
    }

    @Test
    void jazz() throws Exception {
        crashHalfWay("jazz-generator", Topics.JAZZ_REQUESTS, Topics.JAZZ_GENERATED, i -> json(i, "\"seconds\": 5, \"tempo\": 240, \"seed\": " + i));
    }

    /** 50 streams of 200 chunks (10,000 chunks); a chunk is answered when its chimed copy comes back. */
    @Test
    void trigger() throws Exception {
        int streams = 50;
        int chunks = REQUESTS / streams;
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            for (int s = 0; s < streams; s++) {
                AudioChunk chunk = new AudioChunk("crash-stream-" + s, 16_000, c, c == chunks - 1, new byte[3_200]);
                List<Header> headers = new ArrayList<>();
                chunk.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
                records.add(new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, chunk.streamId(), chunk.pcm(), headers));
            }
        }
        crashHalfWay("trigger-detector", records, Topics.AUDIO_CHIMED,
                r -> r.key() + "#" + new String(r.headers().lastHeader(AudioChunk.SEQ).value(), StandardCharsets.UTF_8));
    }

    private static String json(int i, String fields) {
        return "{\"id\": \"crash-" + i + "\", " + fields + "}";
    }

    private static void crashHalfWay(String service, String input, String output, IntFunction<String> request) throws Exception {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            records.add(new ProducerRecord<>(input, "crash-" + i, request.apply(i).getBytes(StandardCharsets.UTF_8)));
        }
        crashHalfWay(service, records, output, ConsumerRecord::key);
    }

    /** Sends the records at {@link #PER_SECOND}, kills the service once half are answered, restarts it, waits for every answer. */
    private static void crashHalfWay(String service, List<ProducerRecord<String, byte[]>> records, String output,
            Function<ConsumerRecord<String, byte[]>, String> answerOf) throws Exception {
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            TopicTail.follow(consumer, ClientSettings.of(stack.bootstrapServers()), List.of(output), Duration.ofSeconds(30));
            Thread listener = Thread.ofPlatform().start(() -> {
                while (listening.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        answers.merge(answerOf.apply(r), 1, Integer::sum);
                    }
                }
            });
            Thread sender = Thread.ofPlatform().start(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < records.size(); i++) {
                    producer.send(records.get(i));
                    long due = start + (long) (i * 1e9 / PER_SECOND);
                    long wait = (due - System.nanoTime()) / 1_000_000;
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                producer.flush();
            });
            long deadline = System.nanoTime() + FINISH.toNanos();
            while (answers.size() < records.size() / 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            int beforeCrash = answers.size();
            stack.kill(service);
            stack.restart(service, QUIET);
            while (answers.size() < records.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            sender.join();
            listening.set(false);
            listener.join();
            int duplicates = answers.values().stream().mapToInt(n -> n - 1).sum();
            System.out.printf(Locale.ROOT, "crash recovery, %s: killed after %d of %d answers; all %d answered after the restart, %d duplicates%n",
                    service, beforeCrash, records.size(), answers.size(), duplicates);
            assertThat(beforeCrash).as("killed half way, not at the end").isLessThan(records.size());
            assertThat(answers).as(service + ": every request answered").hasSize(records.size());
        }
    }
}
