package seqstream.emojify;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.BadInputContract;
import seqstream.kafka.embedded.KafkaTestResource;

/** A thousand bad requests among good ones: each refused with a reason, each good one answered, the service still up. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = GloveVectorsResource.class, restrictToAnnotatedClass = true)
class BadInputTest extends BadInputContract {
    @Override
    protected String good() {
        return "{\"id\": \"x\", \"text\": \"food is life\"}";
    }

    @Override
    protected String inputTopic() {
        return Topics.TEXT_MESSAGES;
    }

    @Override
    protected String outputTopic() {
        return Topics.TEXT_EMOJIFIED;
    }

    @Override
    protected int post(byte[] body) {
        return given().contentType("application/json").body(body).when().post("/emojify").then().extract().statusCode();
    }

    @Override
    protected int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }
}
