package seqstream.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every JSON service promises about bad input, as tests a service's own test class inherits (it names
 * its topics, a good request, and how to reach its REST operation and readiness): a thousand malformed records
 * among good ones are each refused with a reason and the good ones answered; REST refuses the same bodies with
 * a 4xx; the service stays ready.
 */
public abstract class BadInputContract {
    private final FlowTopics kafka = new FlowTopics();

    /** A good request as JSON, with an "id". */
    protected abstract String good();

    protected abstract String inputTopic();

    protected abstract String outputTopic();

    /** Posts a body to the service's REST operation; answers the HTTP status. */
    protected abstract int post(byte[] body);

    /** The HTTP status of the service's readiness. */
    protected abstract int readiness();

    @Test
    void badRequestsGoToTheDeadLetterTopicAndGoodOnesAreAnswered() {
        BadInputCheck.Outcome outcome = BadInputCheck.run(kafka, inputTopic(), outputTopic(), good(), 1);
        assertThat(outcome.reasons()).hasSize(BadInputCheck.BAD).allSatisfy((key, reason) -> assertThat(reason).isNotBlank());
        assertThat(outcome.answers().keySet()).isEqualTo(outcome.good());
        assertThat(readiness()).isEqualTo(200);
    }

    @Test
    void restRefusesTheSameBodiesWithA4xx() {
        assertThat(BadInputCheck.notRefusedOverRest(good(), this::post)).isEmpty();
    }

    @AfterEach
    void close() {
        kafka.close();
    }
}
