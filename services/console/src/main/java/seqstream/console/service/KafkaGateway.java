package seqstream.console.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import seqstream.console.config.ConsoleConfig;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;

/**
 * The console's one connection to Kafka: it produces each request under a key of its own and reads every
 * service's output and dead-letter topics, handing each record to whoever waits for its key (a request's
 * answer, or a live audio stream's detections).
 *
 * <p>The reader joins a consumer group of its own (no other console shares its answers): on its first
 * assignment it skips to the end of each topic, so it sees only answers to what it sends; a topic created
 * later (a service's first answer) is read from its start, so that answer is not missed.
 */
@ApplicationScoped
public class KafkaGateway {
    private static final Logger LOG = Logger.getLogger(KafkaGateway.class);
    /** What the console reads: each service's answers and refusals. */
    static final List<String> REPLY_TOPICS = List.of(Topics.DATES_ISO, Topics.deadLetter(Topics.DATES_RAW), Topics.NAMES_GENERATED,
            Topics.deadLetter(Topics.NAMES_REQUESTS), Topics.TEXT_EMOJIFIED, Topics.deadLetter(Topics.TEXT_MESSAGES), Topics.JAZZ_GENERATED,
            Topics.deadLetter(Topics.JAZZ_REQUESTS), Topics.EMBEDDINGS_RESULTS, Topics.deadLetter(Topics.EMBEDDINGS_REQUESTS),
            Topics.TRIGGER_DETECTIONS, Topics.AUDIO_CHIMED, Topics.deadLetter(Topics.AUDIO_CHUNKS));

    private final ConsoleConfig config;
    private final Map<String, Consumer<ConsumerRecord<String, byte[]>>> listeners = new ConcurrentHashMap<>();
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread reader;
    private volatile boolean following;
    /** The reader's consumer holds a connection to a broker (its client metric, read after each poll). */
    private volatile boolean connected;
    private volatile boolean stopping;
    private long sent;

    public KafkaGateway(ConsoleConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "console-" + session, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.METADATA_MAX_AGE_CONFIG, 2_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        reader = Thread.ofPlatform().daemon().name("console-replies").start(this::read);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** True once the reader follows the answer topics and reaches a broker: before that an answer could be missed. */
    public boolean following() {
        return following && connected;
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** A key no other request has: answers are matched to requests by key. */
    public String nextKey(String what) {
        synchronized (this) {
            return "console-" + session + "-" + what + "-" + sent++;
        }
    }

    /** Sends a JSON request and waits for its answer (JSON); a refusal or no answer in time is an exception that says so. */
    public String ask(String topic, String key, String json, String service) {
        CompletableFuture<ConsumerRecord<String, byte[]>> reply = new CompletableFuture<>();
        listeners.put(key, reply::complete);
        try {
            send(topic, key, json.getBytes(StandardCharsets.UTF_8), List.of());
            ConsumerRecord<String, byte[]> record = reply.get(config.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (record.topic().endsWith(".dlq")) {
                throw new RefusedException(reason(record));
            }
            return new String(record.value(), StandardCharsets.UTF_8);
        } catch (TimeoutException e) {
            throw new NoReplyException("no answer from the " + service + " within " + config.replyTimeout().toSeconds()
                    + " s: is it running (./seqctl status)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoReplyException("interrupted while waiting for the " + service);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            listeners.remove(key);
        }
    }

    /** Records of one key (a live stream's detections, chimed audio, refusals) go to {@code listener} until {@link #forget}. */
    public void listen(String key, Consumer<ConsumerRecord<String, byte[]>> listener) {
        listeners.put(key, listener);
    }

    public void forget(String key) {
        listeners.remove(key);
    }

    /** A chunk of audio into audio.chunks, keyed by its stream, its headers as the detector reads them. */
    public void send(AudioChunk chunk) {
        List<Header> headers = new ArrayList<>();
        chunk.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
        send(Topics.AUDIO_CHUNKS, chunk.streamId(), chunk.pcm(), headers);
    }

    private void send(String topic, String key, byte[] value, Collection<Header> headers) {
        if (!following()) {
            throw new NoReplyException("the console is not connected to Kafka at " + config.bootstrapServers());
        }
        producer.send(new ProducerRecord<>(topic, null, key, value, new ArrayList<>(headers)));
        producer.flush();
    }

    public static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Topics.DEAD_LETTER_REASON);
        return header == null ? "refused by the service" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void read() {
        consumer.subscribe(REPLY_TOPICS, new ConsumerRebalanceListener() {
            private boolean first = true;

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (first) {
                    consumer.seekToEnd(partitions); // only answers to what this console sends
                    partitions.forEach(consumer::position);
                    first = false;
                }
                following = true;
            }
        });
        try {
            while (!stopping) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var listener = record.key() == null ? null : listeners.get(record.key());
                    if (listener != null) {
                        listener.accept(record);
                    }
                }
                connected = consumer.metrics().entrySet().stream()
                        .anyMatch(m -> m.getKey().name().equals("connection-count") && ((Number) m.getValue().metricValue()).doubleValue() > 0);
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.errorf(e, "the console stopped reading answers from Kafka");
        } finally {
            following = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
