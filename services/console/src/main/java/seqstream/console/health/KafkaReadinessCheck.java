package seqstream.console.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import seqstream.console.service.KafkaGateway;

/** Ready once the console follows the services' answer topics: before that, an answer could be missed. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private final KafkaGateway kafka;

    public KafkaReadinessCheck(KafkaGateway kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka").status(kafka.following()).withData("bootstrap.servers", kafka.bootstrapServers()).build();
    }
}
