package seqstream.dates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class DateResourceTest {

    @Test
    void translatesOneDate() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Saturday May 9 2018\", \"id\": \"a\"}")
                .when().post("/dates/translate")
                .then().statusCode(200)
                .body("id", equalTo("a"))
                .body("iso", equalTo("2018-05-09"))
                .body("valid", equalTo(true))
                .body("confidence", greaterThan(0.5f));
    }

    @Test
    void translatesAListInOrder() {
        given().contentType(ContentType.JSON).body("{\"texts\": [\"3 May 1979\", \"5 April 09\", \"Tue 10 Jul 2007\"]}")
                .when().post("/dates/translate/batch")
                .then().statusCode(200)
                .body("iso", contains("1979-05-03", "2009-04-05", "2007-07-10"));
    }

    @Test
    void badInputIsA400WithAMessage() {
        given().contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .when().post("/dates/translate")
                .then().statusCode(400).body("error", containsString("'text' is empty"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/dates/translate")
                .then().statusCode(400).body("error", containsString("missing 'text'"));
        given().contentType(ContentType.JSON).body("{\"texts\": [\"1 March 2001\", \"" + "x".repeat(201) + "\"]}")
                .when().post("/dates/translate/batch")
                .then().statusCode(400).body("error", containsString("texts[1]"));
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/dates/translate")
                .then().statusCode(400);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body("{\"text\": \"1 March 2001\"}").post("/dates/translate");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("seqstream_inference_latency_seconds_count{model=\"dates\""));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/dates/translate"));
    }
}
