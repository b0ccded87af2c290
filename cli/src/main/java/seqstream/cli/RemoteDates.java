package seqstream.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.Json;
import seqstream.contracts.Topics;

/** {@code seqctl dates --remote}: each line through dates.raw, its answer from dates.iso or dates.raw.dlq. */
final class RemoteDates implements AutoCloseable {
    private final KafkaRequests kafka;

    RemoteDates(String bootstrapServers, int timeoutSeconds) {
        kafka = new KafkaRequests(bootstrapServers, Topics.DATES_RAW, Topics.DATES_ISO, timeoutSeconds);
    }

    List<DatesCommand.Answer> translate(List<String> lines) {
        Map<String, String> requests = new LinkedHashMap<>();
        for (String line : lines) {
            String id = kafka.nextKey();
            // A line the service will refuse is sent anyway, as it is: the refusal and its reason come back from Kafka.
            requests.put(id, DatesCommand.validate(line) == null ? new DateRequest(id, line).toJson()
                    : Json.write(Map.of("id", id, "text", line)));
        }
        return kafka.call(requests).stream().map(reply -> {
            if (reply.refusal() != null) {
                return new DatesCommand.Answer(null, 0, reply.refusal());
            }
            DateResult result = DateResult.fromJson(reply.json());
            return new DatesCommand.Answer(result.valid() ? result.iso() : null, result.confidence(), null);
        }).toList();
    }

    @Override
    public void close() {
        kafka.close();
    }
}
