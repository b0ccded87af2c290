package seqstream.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import seqstream.contracts.DateRequest;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;
import seqstream.text.dates.DateTranslator;

/**
 * Dates per second: in process at batch 1 and at batch 256, and end to end through Kafka (dates.raw ->
 * date-translator -> dates.iso). Figures are for comparing with each other within one run, on one machine.
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
        for (int i = 0; i < Math.max(3, 500 / batchSize); i++) {
            translator.translate(batch);
        }
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        while (now < end) {
            translator.translate(batch);
            long after = System.nanoTime();
            millis.add((after - now) / 1e6);
            now = after;
        }
        return Figure.of("in process, batch " + batchSize, millis.size() * batchSize, (now - start) / 1e9,
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Sends {@code count} requests to dates.raw as fast as the producer takes them and waits for every answer
     * on dates.iso; latency is per record, from send to answer.
     */
    public static Figure endToEnd(String bootstrapServers, int count, Duration timeout) throws InterruptedException {
        Map<String, Object> common = ClientSettings.of(bootstrapServers);
        Map<String, Object> producerConfig = new HashMap<>(common);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        Map<String, Object> consumerConfig = new HashMap<>(common);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String session = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            TopicTail.follow(consumer, common, List.of(Topics.DATES_ISO), timeout);

            Map<String, Long> sentAt = new HashMap<>(count * 2);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String id = session + "-" + i;
                sentAt.put(id, System.nanoTime());
                producer.send(new ProducerRecord<>(Topics.DATES_RAW, id, new DateRequest(id, DATES.get(i % DATES.size())).toJson()));
            }
            producer.flush();
            double[] millis = new double[count];
            int received = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + received + " of " + count + " answers after " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Long sent = record.key() == null ? null : sentAt.remove(record.key());
                    if (sent != null) {
                        millis[received++] = (System.nanoTime() - sent) / 1e6;
                    }
                }
            }
            return Figure.of("end to end through Kafka", count, (System.nanoTime() - start) / 1e9, millis);
        }
    }
}
