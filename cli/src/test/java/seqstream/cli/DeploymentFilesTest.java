package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * docker-compose.yml and k8s/ against each service's own application.properties: the same ports, topics,
 * consumer groups, health endpoints and Kafka, so the three cannot drift; and both run every service as a
 * non-root user on a read-only root file system. Where docker-compose and kubectl are installed, they must
 * accept the files too (CI installs docker-compose; kubectl is checked where it exists).
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Paths.root();

    /** What a service's application.properties says about how it is reached and what it reads and writes. */
    record ServiceConfig(String name, int port, String inputTopic, String group, Set<String> topics, boolean runsModel) {
        static ServiceConfig of(String name) throws IOException {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(ROOT.resolve("services/" + name + "/src/main/resources/application.properties"))) {
                p.load(in);
            }
            Set<String> topics = new TreeSet<>();
            String input = null;
            String group = null;
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    topics.add(p.getProperty(key));
                    if (key.startsWith("mp.messaging.incoming.")) {
                        input = p.getProperty(key);
                        group = p.getProperty(key.replace(".topic", ".group.id"));
                    }
                }
            }
            // A service that loads a bundle from models/ runs an ONNX model (and so gets a GPU where there are some).
            boolean runsModel = p.stringPropertyNames().stream()
                    .anyMatch(key -> key.startsWith("seqstream.") && p.getProperty(key).startsWith("models"));
            return new ServiceConfig(name, Integer.parseInt(p.getProperty("quarkus.http.port")), input, group, topics, runsModel);
        }
    }

    private static List<ServiceConfig> services() throws IOException {
        List<ServiceConfig> all = new ArrayList<>();
        for (LocalService service : LocalService.ALL) {
            all.add(ServiceConfig.of(service.name()));
        }
        return all;
    }

    @Test
    void composeRunsEveryServiceAsItsOwnConfigurationSays() throws IOException {
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        String topicsStep = compose.at("/services/kafka-topics/command/0").asText();
        String prometheus = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        for (ServiceConfig service : services()) {
            JsonNode s = compose.at("/services/" + service.name());
            assertThat(s.isMissingNode()).as(service.name() + " in docker-compose.yml").isFalse();
            assertThat(s.path("image").asText()).isEqualTo("seqstream/" + service.name() + ":0.1.0");
            assertThat(s.path("ports").get(0).asText()).isEqualTo(service.port() + ":" + service.port());
            assertThat(s.at("/environment/KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:29092");
            assertThat(s.at("/healthcheck/test").toString()).contains("http://localhost:" + service.port() + "/q/health/ready");
            assertThat(s.at("/build/args/SERVICE").asText()).isEqualTo(service.name());
            service.topics().forEach(topic -> assertThat(topicsStep).as("the kafka-topics step creates " + topic)
                    .containsPattern("(^|\\s)" + java.util.regex.Pattern.quote(topic) + "[\\s;]"));
            assertThat(prometheus).contains(service.name() + ":" + service.port());
        }
        // The anchor every service merges in: non-root, read-only root, /tmp only.
        assertThat(compose.at("/x-service/read_only").asBoolean()).isTrue();
        assertThat(compose.at("/x-service/user").asText()).isEqualTo("185");
        assertThat(compose.at("/x-service/tmpfs/0").asText()).isEqualTo("/tmp");
    }

    @Test
    void theGpuOverrideGivesEveryModelServiceAGpu() throws IOException {
        JsonNode gpu = YAML.readTree(ROOT.resolve("docker-compose.gpu.yml").toFile());
        for (ServiceConfig service : services()) {
            JsonNode s = gpu.at("/services/" + service.name());
            if (!service.runsModel()) {
                assertThat(s.isMissingNode()).as(service.name() + " runs no model").isTrue();
                continue;
            }
            assertThat(s.path("image").asText()).isEqualTo("seqstream/" + service.name() + ":0.1.0-cuda");
            assertThat(s.at("/environment/SEQSTREAM_INFERENCE_DEVICE").asText()).isEqualTo("cuda");
            assertThat(s.at("/deploy/resources/reservations/devices/0/driver").asText()).isEqualTo("nvidia");
        }
    }

    @Test
    void kubernetesRunsEveryServiceAsItsOwnConfigurationSays() throws IOException {
        Set<String> kafkaTopics = documents(ROOT.resolve("k8s/base/kafka/topics.yaml")).stream()
                .map(d -> d.at("/spec/topicName").asText()).collect(Collectors.toSet());
        for (ServiceConfig service : services()) {
            List<JsonNode> docs = documents(ROOT.resolve("k8s/base/services/" + service.name() + ".yaml"));
            JsonNode deployment = kind(docs, "Deployment");
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.path("image").asText()).isEqualTo("seqstream/" + service.name() + ":0.1.0");
            assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(service.port());
            assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            assertThat(kind(docs, "ConfigMap").at("/data/KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("seqstream-kafka-bootstrap:9092");
            assertThat(kind(docs, "Service").at("/spec/ports/0/port").asInt()).isEqualTo(service.port());
            assertThat(kind(docs, "NetworkPolicy").at("/spec/ingress/0/ports/0/port").asInt()).isEqualTo(service.port());
            assertThat(kind(docs, "PodDisruptionBudget").isMissingNode()).isFalse();
            service.topics().forEach(topic -> assertThat(kafkaTopics).as("a KafkaTopic for " + topic).contains(topic));
            if (service.inputTopic() != null) {
                JsonNode trigger = kind(docs, "ScaledObject").at("/spec/triggers/0/metadata");
                assertThat(trigger.path("topic").asText()).isEqualTo(service.inputTopic());
                assertThat(trigger.path("consumerGroup").asText()).isEqualTo(service.group());
            }
        }
    }

    @Test
    void everyKubernetesServiceIsProbedAndLockedDown() throws IOException {
        String patch = YAML.readTree(ROOT.resolve("k8s/base/every-service.yaml").toFile()).toString();
        assertThat(patch).contains("\"runAsNonRoot\":true", "\"readOnlyRootFilesystem\":true", "\"/q/health/ready\"",
                "\"/q/health/live\"", "\"/q/health/started\"", "\"port\":\"http\"");
        assertThat(Files.readString(ROOT.resolve("k8s/base/kustomization.yaml"))).contains("path: every-service.yaml");
    }

    @Test
    @EnabledIf("dockerComposeInstalled")
    void dockerComposeAcceptsBothFiles() throws Exception {
        assertThat(run("docker-compose", "-f", "docker-compose.yml", "config", "-q")).isZero();
        assertThat(run("docker-compose", "-f", "docker-compose.yml", "-f", "docker-compose.gpu.yml", "config", "-q")).isZero();
    }

    @Test
    @EnabledIf("kubectlInstalled")
    void kustomizeRendersBothOverlays() throws Exception {
        for (String overlay : List.of("cpu", "gpu")) {
            Path rendered = Files.createTempFile("k8s-" + overlay, ".yaml");
            assertThat(new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/" + overlay).directory(ROOT.toFile())
                    .redirectOutput(rendered.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor()).isZero();
            for (JsonNode d : documents(rendered)) {
                if (!d.path("kind").asText().equals("Deployment")) {
                    continue;
                }
                JsonNode pod = d.at("/spec/template/spec");
                assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
                assertThat(pod.at("/containers/0/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(pod.at("/containers/0/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
                boolean gpu = pod.at("/containers/0/resources/limits/nvidia.com~1gpu").asInt() == 1;
                boolean modelService = ServiceConfig.of(d.at("/metadata/name").asText()).runsModel();
                assertThat(gpu).as(overlay + ": " + d.at("/metadata/name").asText()).isEqualTo(overlay.equals("gpu") && modelService);
            }
            Files.delete(rendered);
        }
    }

    static boolean dockerComposeInstalled() {
        return onPath("docker-compose");
    }

    static boolean kubectlInstalled() {
        return onPath("kubectl");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static int run(String... command) throws Exception {
        return new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start().waitFor();
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d != null && !d.isNull()) {
                    docs.add(d);
                }
            }
        }
        return docs;
    }

    private static JsonNode kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }
}
