package seqstream.names.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import seqstream.names.service.NameGenerationService;

/** Ready only with the names model loaded; the reason shows in /q/health/ready when it is not. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final NameGenerationService service;

    public ModelReadinessCheck(NameGenerationService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("names model")
                .status(service.ready())
                .withData("status", service.status())
                .build();
    }
}
