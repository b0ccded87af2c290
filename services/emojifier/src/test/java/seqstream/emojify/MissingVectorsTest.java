package seqstream.emojify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

/** Without word vectors the service is up but not ready, says what to run, and answers 503. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(MissingVectorsTest.NoVectors.class)
class MissingVectorsTest {

    public static class NoVectors implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("seqstream.vectors.file", "target/no-such-vectors.seqvec",
                    "mp.messaging.incoming.text-messages.enabled", "false");
        }
    }

    @Test
    void readinessIsDownWithTheReasonAndRequestsAre503() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN")).body(containsString("./seqctl vectors fetch"));
        given().contentType(ContentType.JSON).body("{\"text\": \"food is life\"}").when().post("/emojify")
                .then().statusCode(503).body("error", containsString("did not load"));
    }
}
