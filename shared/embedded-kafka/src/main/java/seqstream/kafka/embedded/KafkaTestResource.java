package seqstream.kafka.embedded;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * For {@code @QuarkusTestResource}: points a service under test at the run's shared broker
 * ({@link KafkaBrokers#sharedBootstrapServers()}), which outlives each Quarkus start and stops with the test JVM.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBrokers.sharedBootstrapServers());
    }

    @Override
    public void stop() {
        // The shared broker stops with the JVM: the next test class reuses it.
    }
}
