package seqstream.emojify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.BadInputCheck;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** A thousand bad requests among good ones: each refused with a reason, each good one answered, the service still up. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = GloveVectorsResource.class, restrictToAnnotatedClass = true)
class BadInputTest {
    private static final String GOOD = "{\"id\": \"x\", \"text\": \"food is life\"}";

    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

    @Test
    void badRequestsGoToTheDeadLetterTopicAndGoodOnesAreAnswered() {
        BadInputCheck.Outcome outcome = BadInputCheck.run(kafka, Topics.TEXT_MESSAGES, Topics.TEXT_EMOJIFIED, GOOD, 1);
        assertThat(outcome.reasons()).hasSize(BadInputCheck.BAD).allSatisfy((key, reason) -> assertThat(reason).isNotBlank());
        assertThat(outcome.answers().keySet()).isEqualTo(outcome.good());
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void restRefusesTheSameBodiesWithA4xx() {
        assertThat(BadInputCheck.notRefusedOverRest(GOOD, body -> given().contentType("application/json").body(body)
                .when().post("/emojify").then().extract().statusCode())).isEmpty();
    }
}
