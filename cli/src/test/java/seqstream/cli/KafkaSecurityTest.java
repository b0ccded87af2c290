package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ChildJvmBroker;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * Kafka with SASL/SCRAM is a matter of configuration: a service given credentials as {@code kafka.*} settings
 * answers through the authenticated listener; a client with the wrong password is refused; seqctl's clients
 * read theirs from the file SEQSTREAM_KAFKA_CONFIG names.
 */
class KafkaSecurityTest {
    private static final String USER = "seqstream";
    private static final String PASSWORD = "a-long-secret";

    @TempDir
    Path dir;

    @Test
    void aServiceWithCredentialsAnswersAndWrongCredentialsAreRefused() throws Exception {
        try (ChildJvmBroker broker = ChildJvmBroker.startWithScram(1, USER, PASSWORD)) {
            String kafka = broker.bootstrapServers();
            Map<String, Object> wrong = new HashMap<>(ClientSettings.scram(kafka, USER, "not-the-password"));
            wrong.put("request.timeout.ms", 10_000);
            wrong.put("default.api.timeout.ms", 20_000);
            try (Admin admin = Admin.create(wrong)) {
                assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }

            Map<String, Object> right = ClientSettings.scram(kafka, USER, PASSWORD);
            int port = freePort();
            Process service = startNameGenerator(right, port);
            try {
                awaitReady(service, port);
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(right, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                        new StringDeserializer(), new StringDeserializer());
                        KafkaProducer<String, String> producer = new KafkaProducer<>(right, new StringSerializer(), new StringSerializer())) {
                    TopicTail.follow(consumer, right, List.of(Topics.NAMES_GENERATED), Duration.ofSeconds(30));
                    producer.send(new ProducerRecord<>(Topics.NAMES_REQUESTS, "secure-1", "{\"count\": 3, \"seed\": 1}")).get();
                    NamesResult answer = null;
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (answer == null && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                            if (r.key().equals("secure-1")) {
                                answer = NamesResult.fromJson(r.value());
                            }
                        }
                    }
                    assertThat(answer).isNotNull();
                    assertThat(answer.names()).hasSize(3);
                }
            } finally {
                service.destroy();
                service.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void seqctlReadsItsClientSettingsFromAFile() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nssl.truststore.location=/etc/kafka/truststore.p12\n");
        Map<String, Object> settings = ClientSettings.fromFile("broker:9093", file);
        assertThat(settings).containsEntry("bootstrap.servers", "broker:9093").containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12");
    }

    /** The built name generator, its Kafka settings given as kafka.* system properties, as any deployment would. */
    private Process startNameGenerator(Map<String, Object> kafka, int port) throws Exception {
        Path root = Paths.root();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dquarkus.http.port=" + port));
        kafka.forEach((name, value) -> command.add("-Dkafka." + name + "=" + value));
        command.addAll(List.of("-jar", root.resolve("services/name-generator/target/quarkus-app/quarkus-run.jar").toString()));
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("name-generator.log").toFile()).start();
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Process service, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as(Files.readString(dir.resolve("name-generator.log"))).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the name generator was not ready with SCRAM credentials:\n" + Files.readString(dir.resolve("name-generator.log")));
    }

    private static Map<String, Object> with(Map<String, Object> settings, String name, Object value) {
        Map<String, Object> more = new HashMap<>(settings);
        more.put(name, value);
        return more;
    }
}
