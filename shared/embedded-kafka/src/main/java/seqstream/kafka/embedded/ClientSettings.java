package seqstream.kafka.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of every Kafka client seqctl and the benchmarks make: the bootstrap servers, plus the client
 * properties (security: TLS, SASL) of the file {@value #FILE_VARIABLE} names, when it names one. The services
 * take the same properties as {@code kafka.*} settings (README: "Kafka security").
 */
public final class ClientSettings {
    public static final String FILE_VARIABLE = "SEQSTREAM_KAFKA_CONFIG";

    private ClientSettings() {
    }

    /** @param more further settings of this client, as name, value, name, value, ... */
    public static Map<String, Object> of(String bootstrapServers, Object... more) {
        String file = System.getenv(FILE_VARIABLE);
        Map<String, Object> settings = fromFile(bootstrapServers, file == null || file.isBlank() ? null : Path.of(file));
        for (int i = 0; i + 1 < more.length; i += 2) {
            settings.put((String) more[i], more[i + 1]);
        }
        return settings;
    }

    /** @param file a Kafka client properties file, or null */
    public static Map<String, Object> fromFile(String bootstrapServers, Path file) {
        Map<String, Object> settings = new HashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Kafka client settings " + file + " (" + FILE_VARIABLE + ")", e);
            }
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        }
        settings.put("bootstrap.servers", bootstrapServers);
        return settings;
    }

    /** What a client of {@link ChildJvmBroker#startWithScram} needs. */
    public static Map<String, Object> scram(String bootstrapServers, String user, String password) {
        return Map.of("bootstrap.servers", bootstrapServers, "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                        + "\" password=\"" + password + "\";");
    }
}
