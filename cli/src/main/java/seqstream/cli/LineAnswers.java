package seqstream.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-in, line-out loop of the text commands (dates, emojify): lines are read ahead while more input is
 * waiting, so a pipe is answered in batches and a terminal line by line; one output line per input line, in
 * order; a line's error goes to stderr with its number.
 */
final class LineAnswers {
    /** Lines read ahead at most. */
    static final int BATCH = 256;

    /** One output line; {@code error}, when set, goes to stderr. */
    record Answer(String line, String error) {
    }

    interface Batch {
        List<Answer> apply(List<String> lines) throws Exception;
    }

    private LineAnswers() {
    }

    /** Exit code: 0, or 3 when some line could not be answered. */
    static int run(BufferedReader in, PrintWriter out, Batch answer) throws Exception {
        int lineNumber = 0;
        int failures = 0;
        List<String> batch = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            batch.add(line);
            if (batch.size() < BATCH && in.ready()) {
                continue;
            }
            for (Answer a : answer.apply(batch)) {
                lineNumber++;
                out.println(a.line());
                if (a.error() != null) {
                    failures++;
                    System.err.println("line " + lineNumber + ": " + a.error());
                }
            }
            out.flush();
            batch.clear();
        }
        return failures == 0 ? 0 : 3;
    }
}
