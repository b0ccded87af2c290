package seqstream.bench;

import java.util.ArrayList;
import java.util.List;
import seqstream.text.dates.DateTranslator;

/**
 * Dates per second in process, at batch 1 and at batch 256 (end to end through Kafka: {@link Workloads#dates()}).
 * Figures are for comparing with each other within one run, on one machine.
 */
public final class DatesBenchmark {
    /** Inputs cycled through by every measurement: one of each kind of date people write. */
    static final List<String> DATES = List.of("3 May 1979", "5 April 09", "21th of August 2016", "Tue 10 Jul 2007",
            "Saturday May 9 2018", "March 3 2001", "March 3rd 2001", "1 March 2001", "9/10/70", "10.11.19",
            "2018-05-09", "thursday, january 26, 1995", "08 jul 2008", "4th of july 2001", "Sep 8, 1999");

    private DatesBenchmark() {
    }

    /** Translates batches of {@code batchSize} for at least {@code seconds}, after a warm-up of the same shape. */
    public static Figure inProcess(DateTranslator translator, int batchSize, double seconds) {
        List<String> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            batch.add(DATES.get(i % DATES.size()));
        }
        return Repeat.calls("in process, batch " + batchSize, Math.max(3, 500 / batchSize), seconds,
                call -> translator.translate(batch).size());
    }
}
