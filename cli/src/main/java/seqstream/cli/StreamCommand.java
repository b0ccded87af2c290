package seqstream.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.Audio;
import seqstream.audio.Pcm16;
import seqstream.audio.WavFiles;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;
import seqstream.contracts.TriggerDetection;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * {@code seqctl stream}: a WAV file or the microphone into audio.chunks on the running stack, as one stream,
 * printing each detection as the trigger detector sends it: {@code <stream>\t<seconds>\t<score>}.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Stream FILE.wav (or --mic) into audio.chunks on the running stack (./seqctl up); print detections"
                + " as they arrive: <stream>\\t<seconds at which the word ended>\\t<score>.")
final class StreamCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE.wav", description = "Any WAV: PCM 8-32 bit or float, any rate, mono or stereo.")
    Path file;

    @Option(names = "--mic", description = "Stream the default microphone (16 kHz) until Ctrl-C.")
    boolean mic;

    @Option(names = "--stream-id", description = "The stream's id, the record key (default: the file name and a random suffix).")
    String streamId;

    @Option(names = "--chunk-ms", defaultValue = "100", description = "Audio per chunk, in milliseconds (default: ${DEFAULT-VALUE}).")
    int chunkMs;

    @Option(names = "--realtime", description = "Send chunks as fast as the audio plays, as a live source would.")
    boolean realtime;

    @Option(names = "--save-chimed", paramLabel = "OUT.wav", description = "Also write the stream as audio.chimed returns it.")
    Path chimedFile;

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--timeout", defaultValue = "15", description = "Seconds to wait, after the last chunk, for the detector to"
            + " finish the stream (its last chunk back on audio.chimed; with chimes off, the whole wait) (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Anything of this stream came back from the detector. */
    private volatile boolean heard;
    /** The final chunk came back chimed: the detector is done with the stream. */
    private volatile boolean finished;
    private volatile boolean refused;
    private volatile boolean stopping;
    private final ByteArrayOutputStream chimed = new ByteArrayOutputStream();

    @Override
    public Integer call() throws Exception {
        if (mic == (file != null)) {
            throw new IllegalArgumentException("give either FILE.wav or --mic");
        }
        if (chunkMs < 10 || chunkMs > 10_000) {
            throw new IllegalArgumentException("--chunk-ms must be 10 to 10000, got " + chunkMs);
        }
        String id = streamId != null ? streamId
                : (mic ? "mic" : file.getFileName().toString()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        // The source first: a missing file or microphone is said before Kafka is tried.
        TargetDataLine microphone = mic ? openMicrophone() : null;
        Audio recording = mic ? null : WavFiles.read(file);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.of(bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(ClientSettings.of(bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicTail.follow(consumer, ClientSettings.of(bootstrapServers),
                    List.of(Topics.TRIGGER_DETECTIONS, Topics.AUDIO_CHIMED, Topics.deadLetter(Topics.AUDIO_CHUNKS)), Duration.ofSeconds(15));
            Thread listener = Thread.ofPlatform().daemon().name("detections").start(() -> listen(consumer, id));
            if (mic) {
                sendMicrophone(microphone, producer, id);
            } else {
                sendRecording(recording, producer, id);
            }
            listener.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            stopping = true; // the listener stops polling before the consumer is closed
            listener.join(1_000);
            if (!heard) {
                System.err.println("nothing came back from the detector within " + timeoutSeconds
                        + " s: is the trigger-detector running (./seqctl up)?");
                return 1;
            }
            if (chimedFile != null && !refused) {
                WavFiles.write(new Audio(Pcm16.decode(chimed.toByteArray()), mic ? Audio.MODEL_RATE : recording.sampleRate()),
                        chimedFile);
                System.err.println("chimed audio in " + chimedFile);
            }
            return refused ? 1 : 0;
        }
    }

    /** Sends the recording in chunks (paced when --realtime). */
    private void sendRecording(Audio audio, KafkaProducer<String, byte[]> producer, String id) throws InterruptedException {
        float[] samples = audio.samples();
        int size = Math.max(1, audio.sampleRate() * chunkMs / 1000);
        long started = System.nanoTime();
        int seq = 0;
        for (int at = 0; at < samples.length || seq == 0; at += size, seq++) {
            boolean last = at + size >= samples.length;
            send(producer, id, audio.sampleRate(), seq, last, Arrays.copyOfRange(samples, at, Math.min(samples.length, at + size)));
            if (realtime) {
                long due = started + (long) ((at + size) * 1e9 / audio.sampleRate());
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            }
        }
        producer.flush();
    }

    /** The default microphone at 16 kHz, 16-bit mono, opened (before Kafka is reached: no microphone, no stream). */
    private static TargetDataLine openMicrophone() {
        AudioFormat format = new AudioFormat(Audio.MODEL_RATE, 16, 1, true, false);
        try {
            TargetDataLine line = AudioSystem.getTargetDataLine(format);
            line.open(format);
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new IllegalStateException("no microphone to record from (" + e.getMessage() + "); stream a file instead");
        }
    }

    /** Streams the microphone until Ctrl-C, then ends the stream with a final chunk. */
    private void sendMicrophone(TargetDataLine line, KafkaProducer<String, byte[]> producer, String id) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.interrupt();
            try {
                stopped.await(5, TimeUnit.SECONDS); // let the final chunk go out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.err.println("streaming the microphone as '" + id + "'; Ctrl-C ends the stream");
        byte[] buffer = new byte[Audio.MODEL_RATE * 2 * chunkMs / 1000];
        line.start();
        int seq = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int read = line.read(buffer, 0, buffer.length);
                send(producer, id, Audio.MODEL_RATE, seq++, false, Pcm16.decode(Arrays.copyOf(buffer, read - read % 2)));
            }
        } finally {
            line.close();
            send(producer, id, Audio.MODEL_RATE, seq, true, new float[0]);
            producer.flush();
            stopped.countDown();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String id, int rate, int seq, boolean last, float[] samples) {
        AudioChunk chunk = new AudioChunk(id, rate, seq, last, Pcm16.encode(samples));
        List<Header> headers = new ArrayList<>();
        chunk.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
        producer.send(new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, id, chunk.pcm(), headers));
    }

    /** Prints our stream's detections and refusals until its final chunk comes back chimed (or the time runs out). */
    private void listen(KafkaConsumer<String, byte[]> consumer, String id) {
        while (!finished && !refused && !stopping) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (!id.equals(record.key())) {
                    continue;
                }
                heard = true;
                switch (record.topic()) {
                    case Topics.TRIGGER_DETECTIONS -> {
                        TriggerDetection d = TriggerDetection.fromJson(new String(record.value(), StandardCharsets.UTF_8));
                        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.3f%n", id, d.endMs() / 1000.0, d.score());
                    }
                    case Topics.AUDIO_CHIMED -> {
                        chimed.writeBytes(record.value());
                        finished = record.headers().lastHeader(AudioChunk.FINAL) != null;
                    }
                    default -> {
                        Header reason = record.headers().lastHeader(Topics.DEAD_LETTER_REASON);
                        System.err.println("refused: " + (reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8)));
                        refused = true;
                    }
                }
            }
        }
    }
}
