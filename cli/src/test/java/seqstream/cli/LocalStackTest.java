package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/** ./seqctl up's stack (embedded broker + the built services) answering seqctl's --remote commands, and seqctl stream. */
class LocalStackTest {
    @TempDir
    Path dir;

    @Test
    void theStackTranslatesThroughKafkaAndRefusesBadLines() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LocalStack stack = LocalStack.start(0, 2, true, new PrintStream(log, true));
                RemoteDates remote = new RemoteDates(stack.bootstrapServers(), 90)) {
            assertThat(log.toString()).contains("date-translator").contains("http://localhost:");
            List<DatesCommand.Answer> answers = remote.translate(List.of("21th of August 2016", "", "1 March 2001"));
            assertThat(answers).extracting(DatesCommand.Answer::iso).containsExactly("2016-08-21", null, "2001-03-01");
            assertThat(answers.get(1).error()).contains("'text' is empty");
            assertThat(answers.get(0).confidence()).isGreaterThan(0.5);

            try (KafkaRequests names = new KafkaRequests(stack.bootstrapServers(), Topics.NAMES_REQUESTS,
                    Topics.NAMES_GENERATED, 90)) {
                String id = names.nextKey();
                String refused = names.nextKey();
                Map<String, String> requests = new LinkedHashMap<>();
                requests.put(id, new NameRequest(id, 4, 1.0, 9L, "Ste").toJson());
                requests.put(refused, "{\"count\": -1}");
                List<KafkaRequests.Reply> replies = names.call(requests);
                assertThat(NamesResult.fromJson(replies.get(0).json()).names()).hasSize(4).allMatch(n -> n.startsWith("Ste"));
                assertThat(replies.get(1).refusal()).contains("'count' is -1");
            }

            // Three seconds of quiet noise through the trigger detector: nothing heard, every chunk back chimed.
            Path wav = dir.resolve("quiet.wav");
            SplittableRandom random = new SplittableRandom(5);
            float[] noise = new float[3 * 22_050];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) (0.01 * random.nextGaussian());
            }
            WavFiles.write(new Audio(noise, 22_050), wav);
            Path chimed = dir.resolve("chimed.wav");
            CommandLine stream = new CommandLine(new Seqctl());
            StringWriter out = new StringWriter();
            stream.setOut(new PrintWriter(out));
            int code = stream.execute("stream", wav.toString(), "--chunk-ms", "250", "--bootstrap-servers",
                    stack.bootstrapServers(), "--timeout", "60", "--save-chimed", chimed.toString());
            assertThat(code).isZero();
            assertThat(WavFiles.read(chimed).samples()).hasSize(noise.length);

            // Word vectors and the emojifier, as seqctl asks them with --remote.
            String kafka = stack.bootstrapServers();
            assertThat(CommandRun.of("vectors", "analogy", "man", "woman", "king", "--remote", "--bootstrap-servers", kafka).out().strip())
                    .isEqualTo("queen");
            CommandRun neighbours = CommandRun.withInput("frog\nzzqqxx\n", "vectors", "neighbors", "--k", "2", "-", "--remote",
                    "--bootstrap-servers", kafka);
            assertThat(neighbours.out().split("\n")).containsExactly("frog\ttoad snake", "zzqqxx\t?");
            CommandRun emojified = CommandRun.withInput("food is life\n\n", "emojify", "--remote", "--bootstrap-servers", kafka);
            assertThat(emojified.out().split("\n")).hasSize(2);
            assertThat(emojified.out().split("\n")[0]).startsWith("4\t🍴\t");
            assertThat(emojified.err()).contains("'text' is empty");

            // A solo through the jazz generator is the same music seqctl plays in process from the same seed.
            Path remoteMidi = dir.resolve("remote.mid");
            Path localMidi = dir.resolve("local.mid");
            CommandRun remoteJazz = CommandRun.of("jazz", "--seconds", "6", "--seed", "11", "--out", remoteMidi.toString(), "--remote",
                    "--bootstrap-servers", kafka);
            assertThat(remoteJazz.exitCode()).as(remoteJazz.err()).isZero();
            assertThat(CommandRun.of("jazz", "--seconds", "6", "--seed", "11", "--out", localMidi.toString()).exitCode()).isZero();
            assertThat(Files.readAllBytes(remoteMidi)).isEqualTo(Files.readAllBytes(localMidi));

            // ./seqctl status: every service healthy, the topics the requests above went through, no lag left.
            Path described = dir.resolve("stack.properties");
            stack.describe(described);
            CommandRun status = CommandRun.of("status", "--stack", described.toString());
            assertThat(status.exitCode()).as(status.out()).isZero();
            assertThat(status.out()).contains("kafka " + kafka + ": up").containsPattern("jazz-generator +UP")
                    .containsPattern("console +UP").containsPattern("dates\\.raw +2 +[1-9]");
        }
    }
}
