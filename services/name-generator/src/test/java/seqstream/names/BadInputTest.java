package seqstream.names;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.BadInputContract;
import seqstream.kafka.embedded.KafkaTestResource;

/** A thousand bad requests among good ones: each refused with a reason, each good one answered, the service still up. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BadInputTest extends BadInputContract {
    @Override
    protected String good() {
        return "{\"id\": \"x\", \"count\": 2, \"temperature\": 0.8, \"seed\": 5, \"prefix\": \"Ty\"}";
    }

    @Override
    protected String inputTopic() {
        return Topics.NAMES_REQUESTS;
    }

    @Override
    protected String outputTopic() {
        return Topics.NAMES_GENERATED;
    }

    @Override
    protected int post(byte[] body) {
        return given().contentType("application/json").body(body).when().post("/names/generate").then().extract().statusCode();
    }

    @Override
    protected int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }
}
