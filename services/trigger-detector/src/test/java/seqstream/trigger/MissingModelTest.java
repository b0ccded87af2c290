package seqstream.trigger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

/** Without its bundle the service is up but not ready, says why, and answers nothing wrongly. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(MissingModelTest.NoBundle.class)
class MissingModelTest {

    public static class NoBundle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("seqstream.model.directory", "target/no-such-bundle",
                    // Nothing to consume in this test: keep the flow from reading other tests' records.
                    "mp.messaging.incoming.audio-chunks.enabled", "false");
        }
    }

    @Test
    void readinessIsDownWithTheReasonAndRequestsAre503() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(containsString("model.json is missing"));
        given().contentType("audio/wav").body(new byte[] {1, 2, 3})
                .when().post("/trigger/detect")
                .then().statusCode(503).body("error", containsString("did not load"));
    }
}
