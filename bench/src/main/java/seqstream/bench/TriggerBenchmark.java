package seqstream.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
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
import seqstream.audio.Audio;
import seqstream.audio.Pcm16;
import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * Audio-seconds processed per CPU-second (the whole process's CPU time, so it counts every thread):
 * our streaming path (each 100 ms chunk scored once, state carried) against the usual approach (every
 * 250 ms, the last 10 seconds re-scored from scratch: features and model), for many concurrent streams,
 * both batching all streams into one model call per round; and end to end through Kafka.
 */
public final class TriggerBenchmark {
    static final int CHUNK = Audio.MODEL_RATE / 10;
    static final int HOP = Audio.MODEL_RATE / 4;
    static final int WINDOW = 10 * Audio.MODEL_RATE;

    private TriggerBenchmark() {
    }

    /** Noise-like audio; the cost of scoring does not depend on what is said. */
    static float[] audio(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (0.05 * random.nextGaussian());
        }
        return x;
    }

    /** {@code streams} streams fed 100 ms chunks in rounds (one model call per round), for at least {@code seconds}. */
    public static Figure streaming(TriggerScorer scorer, int streams, double seconds) {
        float[] source = audio(20 * Audio.MODEL_RATE, 1);
        List<AudioStream> live = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            live.add(new AudioStream(Audio.MODEL_RATE));
        }
        int[] round = {0};
        Runnable step = () -> {
            int at = (round[0]++ * CHUNK) % (source.length - CHUNK);
            float[] chunk = Arrays.copyOfRange(source, at, at + CHUNK);
            for (AudioStream stream : live) {
                stream.accept(chunk);
            }
            scorer.score(live);
        };
        for (int i = 0; i < 5; i++) {
            step.run(); // warm-up
        }
        return measure("streaming, " + streams + (streams == 1 ? " stream" : " streams"), streams * (double) CHUNK / Audio.MODEL_RATE,
                step, seconds);
    }

    /** The usual approach: every 250 ms, each stream's last 10 s scored from scratch, all streams in one call. */
    public static Figure windowed(TriggerScorer scorer, int streams, double seconds) {
        float[] window = audio(WINDOW, 2);
        Runnable step = () -> {
            List<AudioStream> fresh = new ArrayList<>(streams);
            for (int s = 0; s < streams; s++) {
                AudioStream stream = new AudioStream(Audio.MODEL_RATE);
                stream.accept(window);
                fresh.add(stream);
            }
            scorer.score(fresh);
        };
        step.run(); // warm-up
        return measure("10 s window every 250 ms, " + streams + (streams == 1 ? " stream" : " streams"),
                streams * (double) HOP / Audio.MODEL_RATE, step, seconds);
    }

    /** Repeats {@code round} (which processes {@code audioPerRound} seconds of audio) for at least {@code seconds} of wall time. */
    private static Figure measure(String name, double audioPerRound, Runnable round, double seconds) {
        List<Double> millis = new ArrayList<>();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long now = start;
        do {
            round.run();
            long after = System.nanoTime();
            millis.add((after - now) / 1e6);
            now = after;
        } while (now - start < seconds * 1e9);
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        return Figure.of(name, (int) Math.round(audioPerRound * millis.size()), cpuSeconds,
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * {@code streams} streams of {@code seconds} of audio each, 100 ms chunks, sent as fast as Kafka takes
     * them; done when every stream's final chunk is back on audio.chimed. Audio-seconds per wall second,
     * latency per chunk from send to its chimed copy.
     */
    public static Figure endToEnd(String bootstrapServers, int streams, int seconds, Duration timeout) throws InterruptedException {
        Map<String, Object> producerConfig = ClientSettings.of(bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 5);
        Map<String, Object> consumerConfig = ClientSettings.of(bootstrapServers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String session = UUID.randomUUID().toString().substring(0, 8);
        float[] source = audio(seconds * Audio.MODEL_RATE, 3);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
                var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicTail.follow(consumer, consumerConfig, List.of(Topics.AUDIO_CHIMED), timeout);
            Map<String, Long> sentAt = new HashMap<>();
            Set<String> open = new HashSet<>();
            int chunks = source.length / CHUNK;
            long start = System.nanoTime();
            for (int c = 0; c < chunks; c++) {
                byte[] pcm = Pcm16.encode(Arrays.copyOfRange(source, c * CHUNK, (c + 1) * CHUNK));
                for (int s = 0; s < streams; s++) {
                    String id = session + "-" + s;
                    open.add(id);
                    AudioChunk chunk = new AudioChunk(id, Audio.MODEL_RATE, c, c == chunks - 1, pcm);
                    List<Header> headers = new ArrayList<>();
                    chunk.headers().forEach((k, v) -> headers.add(new RecordHeader(k, v)));
                    sentAt.put(id + "/" + c, System.nanoTime());
                    producer.send(new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, id, pcm, headers));
                }
            }
            producer.flush();
            List<Double> millis = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(open.size() + " of " + streams + " streams unfinished after " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Header seq = record.headers().lastHeader(AudioChunk.SEQ);
                    Long sent = seq == null ? null : sentAt.remove(record.key() + "/" + new String(seq.value(), StandardCharsets.UTF_8));
                    if (sent != null) {
                        millis.add((System.nanoTime() - sent) / 1e6);
                    }
                    if (record.headers().lastHeader(AudioChunk.FINAL) != null) {
                        open.remove(record.key());
                    }
                }
            }
            return Figure.of("end to end through Kafka, " + streams + " streams", streams * seconds, (System.nanoTime() - start) / 1e9,
                    millis.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
