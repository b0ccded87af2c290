package seqstream.names;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class NameResourceTest {

    @Test
    void generatesReproducibleNames() {
        List<String> first = given().contentType(ContentType.JSON).body("{\"count\": 10, \"seed\": 42}")
                .when().post("/names/generate").then().statusCode(200)
                .body("names", hasSize(10)).body("seed", equalTo(42)).extract().path("names");
        given().when().get("/names?count=10&seed=42").then().statusCode(200).body("names", equalTo(first));
    }

    @Test
    void startsEveryNameWithThePrefix() {
        given().when().get("/names?count=5&prefix=Tyr&temperature=0.7").then().statusCode(200)
                .body("names", everyItem(startsWith("Tyr")));
    }

    @Test
    void badInputIsA400WithAMessage() {
        given().when().get("/names?count=0").then().statusCode(400).body("error", containsString("'count' is 0"));
        given().when().get("/names?count=abc").then().statusCode(400).body("error", containsString("whole number"));
        given().when().get("/names?temperature=9").then().statusCode(400).body("error", containsString("0.1 to 2.0"));
        given().when().get("/names?prefix=T-rex").then().statusCode(400).body("error", containsString("letters a-z"));
        given().contentType(ContentType.JSON).body("{\"count\": \"many\"}").when().post("/names/generate")
                .then().statusCode(400);
    }

    @Test
    void healthAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/names?count=2");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("seqstream_inference_batch_size_count{model=\"names\""));
    }
}
