package seqstream.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import seqstream.contracts.InvalidMessageException;

/**
 * The one way a service turns a polled batch of input records into answers: every record that parses goes
 * through the model in one call; every one that does not goes to the dead-letter topic, untouched, with
 * the reason in a header. The batch is acknowledged (its offsets committed) only after Kafka has
 * acknowledged every answer and every dead letter, so a crash replays a batch rather than losing it.
 *
 * @param <R> a request (a contracts record)
 * @param <A> an answer (a contracts record)
 */
public final class BatchFlow<R, A> {
    private final BiFunction<String, String, R> parse;
    private final Function<A, String> key;
    private final Function<A, String> json;
    private final MutinyEmitter<String> answers;
    private final DeadLetters deadLetters;
    private final Counter recordsIn;
    private final Counter recordsOut;

    /**
     * @param inputTopic  for the metrics' tags
     * @param outputTopic likewise
     * @param parse       (value, record key) to a request, or {@link InvalidMessageException} saying why not
     * @param key         an answer's record key (the request id)
     * @param json        an answer as JSON
     */
    public BatchFlow(String inputTopic, String outputTopic, BiFunction<String, String, R> parse, Function<A, String> key,
            Function<A, String> json, MutinyEmitter<String> answers, MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.parse = parse;
        this.key = key;
        this.json = json;
        this.answers = answers;
        this.deadLetters = new DeadLetters(inputTopic, deadLetters, registry);
        this.recordsIn = Counter.builder("seqstream.records.in").tag("topic", inputTopic).register(registry);
        this.recordsOut = Counter.builder("seqstream.records.out").tag("topic", outputTopic).register(registry);
    }

    /** Parses, runs {@code model} once on all valid requests (answers in request order), sends, then acknowledges. */
    public CompletionStage<Void> process(KafkaRecordBatch<String, byte[]> batch, Function<List<R>, List<A>> model) {
        List<R> requests = new ArrayList<>();
        List<Uni<Void>> sends = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            recordsIn.increment();
            try {
                requests.add(parse.apply(StrictUtf8.decode(record.getPayload()), record.getKey()));
            } catch (InvalidMessageException e) {
                sends.add(deadLetters.send(record, e.getMessage()));
            }
        }
        if (!requests.isEmpty()) {
            for (A answer : model.apply(requests)) {
                sends.add(answers.sendMessage(Message.of(json.apply(answer))
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key.apply(answer)).build())));
                recordsOut.increment();
            }
        }
        return DeadLetters.acknowledgeAfter(sends, batch);
    }
}
