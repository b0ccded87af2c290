package seqstream.jazz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import javax.sound.midi.MidiSystem;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class JazzResourceTest {

    @Test
    void answersMidiByDefaultAndTheSameSeedGivesTheSameMusic() throws Exception {
        byte[] first = given().when().get("/jazz?seconds=8&seed=42").then().statusCode(200)
                .contentType("audio/midi").header("X-Seed", "42").extract().asByteArray();
        byte[] again = given().contentType(ContentType.JSON).body("{\"seconds\": 8, \"seed\": 42}").accept("audio/midi")
                .when().post("/jazz").then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(first);
        assertThat(MidiSystem.getSequence(new ByteArrayInputStream(first)).getTracks()).hasSize(3);
    }

    @Test
    void answersWavWhenAskedFor() throws Exception {
        byte[] wav = given().accept("audio/wav").when().get("/jazz?seconds=5&seed=1&tempo=120").then().statusCode(200)
                .contentType("audio/wav").extract().asByteArray();
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            double seconds = audio.getFrameLength() / audio.getFormat().getFrameRate();
            assertThat(seconds).isGreaterThanOrEqualTo(4.5);
            assertThat(audio.getFormat().getSampleRate()).isEqualTo(44100f);
        }
    }

    @Test
    void answersJsonWhenAskedFor() {
        given().accept(ContentType.JSON).when().get("/jazz?seconds=5&seed=3&tempo=90").then().statusCode(200)
                .body("seed", equalTo(3)).body("tempo", equalTo(90)).body("midi", containsString("TVRoZA")); // base64 of "MThd"
    }

    @Test
    void badInputIsA400WithAMessage() {
        given().when().get("/jazz?seconds=1").then().statusCode(400).body("error", containsString("'seconds' is 1.0"));
        given().when().get("/jazz?seconds=ten").then().statusCode(400).body("error", containsString("must be a number"));
        given().when().get("/jazz?tempo=300").then().statusCode(400).body("error", containsString("60 to 240"));
        given().when().get("/jazz?temperature=0").then().statusCode(400).body("error", containsString("0.1 to 2.0"));
        given().contentType(ContentType.JSON).body("{\"seconds\": \"long\"}").when().post("/jazz").then().statusCode(400);
    }

    @Test
    void healthAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/jazz?seconds=5");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("seqstream_inference_batch_size_count{model=\"jazz\""));
    }
}
