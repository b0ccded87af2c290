package seqstream.bench;

import java.util.ArrayList;
import java.util.List;
import seqstream.text.emoji.Emojifier;

/** Sentences emojified per second, one at a time and in batches (one model call per batch). */
public final class EmojifyBenchmark {
    private EmojifyBenchmark() {
    }

    public static Figure inProcess(Emojifier emojifier, int batchSize, double seconds) {
        List<String> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            batch.add(Workloads.SENTENCES.get(i % Workloads.SENTENCES.size()));
        }
        return Repeat.calls(emojifier.name() + ", batch " + batchSize, Math.max(3, 500 / batchSize), seconds,
                call -> emojifier.predict(batch).size());
    }
}
