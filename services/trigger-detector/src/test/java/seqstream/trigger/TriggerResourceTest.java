package seqstream.trigger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.audio.WavFiles;
import seqstream.kafka.embedded.KafkaTestResource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class TriggerResourceTest {
    @TempDir
    Path dir;

    @Test
    void aWavFileComesBackWithItsDetections() throws Exception {
        SpokenActivates.Recording recording = SpokenActivates.recording(6, 0.8, 3.5);
        Path wav = dir.resolve("two.wav");
        WavFiles.write(recording.audio().resampledTo(22_050), wav);
        JsonPath answer = given().contentType("audio/wav").body(Files.readAllBytes(wav))
                .when().post("/trigger/detect").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("model")).startsWith("trigger@");
        List<Number> ends = answer.getList("detections.endMs");
        assertThat(ends).hasSize(2);
        assertThat(ends.get(0).doubleValue() / 1000).isCloseTo(recording.ends().get(0), within(0.75));
        assertThat(ends.get(1).doubleValue() / 1000).isCloseTo(recording.ends().get(1), within(0.75));
    }

    @Test
    void somethingThatIsNotAWavFileIsA400ThatSaysSo() {
        given().contentType("audio/wav").body("hello".getBytes()).when().post("/trigger/detect")
                .then().statusCode(400).body("error", containsString("not a WAV file"));
        given().contentType("audio/wav").body(new byte[0]).when().post("/trigger/detect")
                .then().statusCode(400).body("error", containsString("empty body"));
    }
}
