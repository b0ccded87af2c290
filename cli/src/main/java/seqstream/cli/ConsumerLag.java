package seqstream.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group is behind: end offsets minus its committed offsets, over the partitions it has committed. */
final class ConsumerLag {
    private ConsumerLag() {
    }

    /** The records not yet committed by {@code group}; null where it has committed nothing yet. */
    static Long of(Admin admin, String group, Duration wait) throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(wait.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        if (committed.isEmpty()) {
            return null;
        }
        var ends = admin.listOffsets(committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        return ends.entrySet().stream().mapToLong(e -> e.getValue().offset() - committed.get(e.getKey())).sum();
    }
}
