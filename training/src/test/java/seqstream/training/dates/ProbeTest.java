package seqstream.training.dates;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        var m = DatesTraining.run(new TrainingSettings(20180509L, Integer.getInteger("steps", 8000), 128, 0.005f),
                Path.of(System.getProperty("out", "/tmp/probe-dates")), 600, System.out);
        System.out.println(m.evaluation());
    }
}
