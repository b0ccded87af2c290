package seqstream.dates.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import seqstream.dates.service.DateTranslationService;

/** Ready only with the dates model loaded; the reason shows in /q/health/ready when it is not. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final DateTranslationService service;

    public ModelReadinessCheck(DateTranslationService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dates model")
                .status(service.ready())
                .withData("status", service.status())
                .build();
    }
}
