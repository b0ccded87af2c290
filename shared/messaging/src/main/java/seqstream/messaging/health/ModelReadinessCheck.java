package seqstream.messaging.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with the service's model loaded; the reason shows in /q/health/ready when it is not. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final ServedModel<?> model;

    public ModelReadinessCheck(ServedModel<?> model) {
        this.model = model;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(model.modelName() + " model")
                .status(model.ready())
                .withData("status", model.status())
                .build();
    }
}
