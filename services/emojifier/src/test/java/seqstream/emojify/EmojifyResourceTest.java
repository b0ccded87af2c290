package seqstream.emojify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = GloveVectorsResource.class, restrictToAnnotatedClass = true)
class EmojifyResourceTest {

    @Test
    void emojifiesOneSentence() {
        given().contentType(ContentType.JSON).body("{\"id\": \"a\", \"text\": \"Let us go play baseball!\"}")
                .when().post("/emojify").then().statusCode(200)
                .body("id", equalTo("a")).body("label", equalTo(1)).body("emoji", equalTo("⚾"))
                .body("emojified", equalTo("Let us go play baseball! ⚾")).body("probabilities", hasSize(5))
                .body("model", equalTo("emojify-v2"));
    }

    @Test
    void emojifiesAListInOrder() {
        given().contentType(ContentType.JSON).body("{\"texts\": [\"I want to eat some food\", \"I love you mom\", \"this is so funny haha\"]}")
                .when().post("/emojify/batch").then().statusCode(200)
                .body("emoji", contains("🍴", "❤️", "😄"));
    }

    @Test
    void badInputIsA400WithAMessage() {
        given().contentType(ContentType.JSON).body("{\"text\": \"  \"}").when().post("/emojify")
                .then().statusCode(400).body("error", containsString("'text' is empty"));
        given().contentType(ContentType.JSON).body("{\"text\": \"xqzvbnmw!!\"}").when().post("/emojify")
                .then().statusCode(400).body("error", containsString("no word of 'text' has a word vector"));
        given().contentType(ContentType.JSON).body("{\"texts\": [\"good\", \"\"]}").when().post("/emojify/batch")
                .then().statusCode(400).body("error", containsString("texts[1]"));
        given().contentType(ContentType.JSON).body("not json").when().post("/emojify").then().statusCode(400);
    }
}
