package seqstream.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

/**
 * The console against a real broker with no service behind it: bad requests are refused before they travel,
 * and a request nobody answers is a 504 that says which service did not, not a hang.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ConsoleResourceTest {

    @Test
    void isReadyOnceItFollowsTheAnswerTopics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesThePage() {
        given().when().get("/").then().statusCode(200).body(containsString("seqstream console"));
        given().when().get("/console.js").then().statusCode(200).body(containsString("/api/trigger/live"));
    }

    @Test
    void refusesBadRequestsWithTheServicesOwnChecks() {
        given().contentType(ContentType.JSON).body("{\"count\": 0}").when().post("/api/names").then().statusCode(400)
                .body("error", containsString("'count' is 0"));
        given().contentType(ContentType.JSON).body("{\"text\": 5}").when().post("/api/dates").then().statusCode(400)
                .body("error", containsString("'text' must be a string"));
        given().contentType(ContentType.JSON).body("{\"op\": \"fly\", \"words\": [\"a\"]}").when().post("/api/vectors").then()
                .statusCode(400).body("error", containsString("unknown op 'fly'"));
        given().contentType("audio/wav").body(new byte[] {1, 2, 3}).when().post("/api/trigger").then().statusCode(400)
                .body("error", containsString("not a WAV file"));
    }

    @Test
    void saysWhenNoServiceAnswers() {
        given().contentType(ContentType.JSON).body("{\"text\": \"food is life\"}").when().post("/api/emojify").then().statusCode(504)
                .body("error", containsString("no answer from the emojifier within 2 s"));
    }
}
