package seqstream.kafka.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A service's flow under bad input: {@link MalformedRecords} bad and good records, shuffled together, sent to
 * its input topic; then every bad one must be in the dead-letter topic with a reason, and every good one
 * answered. Each record goes one way or the other (the flow has no third), so none is lost.
 */
public final class BadInputCheck {
    public static final int BAD = 1_000;
    public static final int GOOD = 200;

    /** What came back: the reason for each bad key, and the answer to each good key. */
    public record Outcome(List<MalformedRecords.Case> bad, Map<String, String> reasons, Set<String> good, Map<String, String> answers) {
    }

    private BadInputCheck() {
    }

    /**
     * Posts bad bodies to a service's REST operation ({@code post} answers the HTTP status) and lists each that
     * was not refused with a 4xx. Left out: tombstones (REST has none) and unknown contract versions (REST
     * bodies are not versioned contracts: "version" is a field they do not know, and ignore like any other).
     */
    public static List<String> notRefusedOverRest(String goodJson, java.util.function.ToIntFunction<byte[]> post) {
        List<String> wrong = new ArrayList<>();
        for (MalformedRecords.Case bad : MalformedRecords.bad("rest", goodJson, 90, 2)) {
            if (bad.value() == null || bad.kind().equals("unknown version")) {
                continue;
            }
            int status = post.applyAsInt(bad.value());
            if (status < 400 || status > 499) {
                wrong.add(bad.kind() + " -> " + status);
            }
        }
        return wrong;
    }

    public static Outcome run(FlowTopics kafka, String inputTopic, String outputTopic, String goodJson, long seed) {
        String prefix = inputTopic + "-" + seed + "-" + System.nanoTime();
        List<MalformedRecords.Case> bad = MalformedRecords.bad(prefix, goodJson, BAD, seed);
        List<MalformedRecords.Case> good = MalformedRecords.good(prefix, goodJson, GOOD);
        List<MalformedRecords.Case> all = new ArrayList<>(bad);
        all.addAll(good);
        Collections.shuffle(all, new java.util.Random(seed));
        kafka.send(all.stream().map(c -> new ProducerRecord<>(inputTopic, c.key(), c.value())).toList());
        Set<String> goodKeys = good.stream().map(MalformedRecords.Case::key).collect(Collectors.toSet());
        Map<String, String> answers = kafka.answers(outputTopic, goodKeys);
        Map<String, String> reasons = kafka.deadLetterReasons(inputTopic, bad.stream().map(MalformedRecords.Case::key).collect(Collectors.toSet()));
        return new Outcome(bad, reasons, goodKeys, answers);
    }
}
