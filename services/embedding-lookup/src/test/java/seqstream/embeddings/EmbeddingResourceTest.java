package seqstream.embeddings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = TinyVectorsResource.class, restrictToAnnotatedClass = true)
class EmbeddingResourceTest {
    static {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void everyOperationHasAGet() {
        given().get("/embeddings/similarity?a=king&b=queen").then().statusCode(200).body("cosine", closeTo(0.0, 1e-9));
        given().get("/embeddings/neighbors?word=queen&k=2").then().statusCode(200)
                .body("neighbors.word", contains("princess", "woman"));
        given().get("/embeddings/analogy?a=man&b=woman&c=king").then().statusCode(200).body("answer.word", equalTo("queen"));
        given().get("/embeddings/analogy?a=man&b=woman&c=prince&method=course").then().statusCode(200)
                .body("answer.word", equalTo("princess"));
        given().get("/embeddings/bias?word=nurse").then().statusCode(200).body("bias[0].word", equalTo("nurse"))
                .body("bias[0].projection", closeTo(0.6, 1e-6));
        given().get("/embeddings/neutralize?word=nurse").then().statusCode(200).body("bias[0].after", closeTo(0.0, 1e-9));
        given().get("/embeddings/equalize?a=prince&b=princess").then().statusCode(200).body("bias", hasSize(2));
    }

    @Test
    void theKafkaRequestShapeWorksOneAtATimeAndInABatch() {
        given().contentType(ContentType.JSON).body("{\"id\": \"q1\", \"op\": \"neighbors\", \"words\": [\"small\"], \"k\": 1}")
                .when().post("/embeddings").then().statusCode(200)
                .body("id", equalTo("q1")).body("neighbors.word", contains("tiny")).body("model", equalTo("tiny.seqvec"));
        given().contentType(ContentType.JSON)
                .body("[{\"op\": \"analogy\", \"words\": [\"man\", \"woman\", \"king\"]}, {\"op\": \"similarity\", \"words\": [\"man\", \"man\"]}]")
                .when().post("/embeddings/batch").then().statusCode(200)
                .body("[0].answer.word", equalTo("queen")).body("[1].answer", nullValue()).body("[1].cosine", closeTo(1.0, 1e-9));
    }

    @Test
    void badQuestionsAre400sSayingWhy() {
        given().get("/embeddings/similarity?a=king&b=dragon").then().statusCode(400).body("error", containsString("'dragon'"));
        given().get("/embeddings/neighbors?word=king&k=0").then().statusCode(400).body("error", containsString("'k' is 0"));
        given().get("/embeddings/neighbors?word=king&k=1001").then().statusCode(400).body("error", containsString("1 to 1000"));
        given().get("/embeddings/similarity?a=king").then().statusCode(400).body("error", containsString("missing"));
        given().contentType(ContentType.JSON).body("{\"op\": \"teleport\", \"words\": [\"king\"]}").when().post("/embeddings")
                .then().statusCode(400).body("error", containsString("unknown op 'teleport'"));
        given().contentType(ContentType.JSON).body("[{\"op\": \"bias\", \"words\": [\"king\"]}, {\"op\": \"bias\", \"words\": [\"zzz\"]}]")
                .when().post("/embeddings/batch").then().statusCode(400).body("error", containsString("[1]: unknown word 'zzz'"));
        given().contentType(ContentType.JSON).body("{\"op\": \"similarity\", \"words\": \"king\"}").when().post("/embeddings")
                .then().statusCode(400);
    }

    @Test
    void readyWithTheVectorsItServes() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("9 words x 3"));
    }
}
