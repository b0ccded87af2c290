package seqstream.bench;

import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * What one service is sent in a benchmark run, and how an answer is matched to its request.
 *
 * @param service     the service's name (its folder under services/)
 * @param unit        what one request is, for the report ("dates", "100 ms chunks")
 * @param inputTopic  where requests go
 * @param outputTopic where the answers come back
 * @param request     the i-th request (0, 1, 2, ...): key, value and headers; its topic is ignored
 * @param id          a request's or an answer's identity from its key and headers (the request id; for audio,
 *                    the stream and sequence number)
 * @param burst       how many requests make a burst that keeps the service busy for some seconds
 */
public record Workload(String service, String unit, String inputTopic, String outputTopic,
        IntFunction<ProducerRecord<String, byte[]>> request, BiFunction<String, Headers, String> id, int burst) {
    /** The service that copies requests to answers with no model (bench/passthrough), and its topics. */
    public static final String PASS_THROUGH = "passthrough";
    static final String PASS_THROUGH_REQUESTS = "passthrough.requests";
    static final String PASS_THROUGH_ANSWERS = "passthrough.answers";

    /** The i-th request, addressed to the input topic. */
    ProducerRecord<String, byte[]> record(int i) {
        ProducerRecord<String, byte[]> r = request.apply(i);
        return new ProducerRecord<>(inputTopic, null, r.key(), r.value(), r.headers());
    }

    /** The same requests, {@code count} of them to a burst. */
    public Workload withBurst(int count) {
        return new Workload(service, unit, inputTopic, outputTopic, request, id, count);
    }

    /** The same requests sent to the pass-through service, which copies them to its output unchanged. */
    public Workload throughPassThrough() {
        return new Workload(PASS_THROUGH, unit, PASS_THROUGH_REQUESTS, PASS_THROUGH_ANSWERS, request, id, burst);
    }
}
