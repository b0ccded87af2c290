package seqstream.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Every setting of the console, with its default. */
@ConfigMapping(prefix = "seqstream.console")
public interface ConsoleConfig {

    /** The Kafka the services listen on. */
    @WithName("bootstrap-servers")
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** How long the page waits for a service's answer before saying none came. */
    @WithName("reply-timeout")
    @WithDefault("30s")
    Duration replyTimeout();

    /** After an uploaded recording's last chunk, how long to wait for the detector to finish it. */
    @WithName("stream-timeout")
    @WithDefault("60s")
    Duration streamTimeout();
}
