import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Proves exported client .properties files with Kafka's own Java client: each
 * file is loaded the way --producer.config / --consumer.config load it
 * (Utils.loadProps), only bootstrap.servers is pointed at the test broker, and
 * a real KafkaProducer / KafkaConsumer is built from it and used.
 *
 * Run with the fetched jars (single-file source launch, no build step):
 *   java -cp '.cache/kafka/libs/*' scripts/kafka/ClientCheck.java BOOTSTRAP PLAN
 *
 * PLAN has one check per line, tab-separated:
 *   P  producer.properties  topic
 *       sends one record with the file's settings (a transactional.id means
 *       initTransactions / begin / send / commit) and waits for the ack.
 *   C  consumer.properties  topic1,topic2  producer1.properties,-
 *       subscribes with the file's settings (group, assignor, protocol,
 *       isolation level), then sends one marker per topic (with the named
 *       producer file, or plain defaults for "-") and waits until the
 *       consumer has read every marker.
 *   T  producer1.properties,producer2.properties,...  topic
 *       runs the files as instances running side by side do: each producer
 *       in turn initialises transactions, begins one and sends a record, then
 *       all commit. Instances that share a transactional.id fence each other
 *       (the later initTransactions fences the earlier producer), so a
 *       commit fails.
 *
 * Prints one line per check, "OK ..." or "FAIL ... <reason>", plus "NOTE ..."
 * lines, and exits 1 if any check failed.
 *
 * Strictness beyond what the client does by itself: a key the client does not
 * know is a failure (KafkaProducer only logs a warning for it). The Confluent
 * (de)serializers are not on Maven Central, so a file naming one gets Kafka's
 * byte-array (de)serializer instead, with a NOTE, and may carry
 * schema.registry.url (which those serializers read).
 */
public class ClientCheck {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static String bootstrap;
    private static int counter = 0;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ClientCheck BOOTSTRAP PLAN");
            System.exit(2);
        }
        bootstrap = args[0];
        boolean failed = false;
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            String label = String.join("\t", f);
            try {
                if (f[0].equals("P")) produce(f[1], f[2], marker());
                else if (f[0].equals("C")) consume(f[1], List.of(f[2].split(",")), List.of(f[3].split(",")));
                else if (f[0].equals("T")) instances(List.of(f[1].split(",")), f[2]);
                else throw new IllegalArgumentException("unknown check " + f[0]);
                System.out.println("OK\t" + label);
            } catch (Throwable e) {
                failed = true;
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) root = root.getCause();
                String reason = (e == root ? "" : e + " <- ") + root;
                System.out.println("FAIL\t" + label + "\t" + reason.replace('\n', ' '));
            }
            System.out.flush();
        }
        System.exit(failed ? 1 : 0);
    }

    private static String marker() {
        return "qw-check-" + System.nanoTime() + "-" + (counter++);
    }

    /** Loads a file as the console tools do and points it at the test broker; refuses unknown keys. */
    private static Properties load(String file, Set<String> known, String serdeKeyPrefix, String byteArrayClass) throws Exception {
        Properties props = Utils.loadProps(file);
        props.setProperty("bootstrap.servers", bootstrap);
        boolean confluent = false;
        for (String key : List.of("key." + serdeKeyPrefix, "value." + serdeKeyPrefix)) {
            String name = props.getProperty(key);
            if (name == null) continue;
            try {
                Class.forName(name);
            } catch (ClassNotFoundException e) {
                if (!name.startsWith("io.confluent.")) throw new IllegalArgumentException(key + "=" + name + " is not a class the client can load");
                System.out.println("NOTE\t" + file + "\t" + key + "=" + name + " is Confluent's (not on Maven Central): checked with " + byteArrayClass);
                props.setProperty(key, byteArrayClass);
                confluent = true;
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String key : props.stringPropertyNames()) {
            if (known.contains(key)) continue;
            if (key.equals("schema.registry.url") && confluent) continue;
            unknown.add(key);
        }
        if (!unknown.isEmpty()) throw new IllegalArgumentException("keys the Java client does not know: " + unknown);
        return props;
    }

    private static Object encode(Properties props, String key, String text) {
        String serializer = props.getProperty(key, "");
        return serializer.endsWith("ByteArraySerializer") ? text.getBytes(StandardCharsets.UTF_8) : text;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void produce(String file, String topic, String marker) throws Exception {
        Properties props;
        if (file.equals("-")) {
            props = new Properties();
            props.setProperty("bootstrap.servers", bootstrap);
            props.setProperty("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
            props.setProperty("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        } else {
            props = load(file, ProducerConfig.configNames(), "serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        }
        try (KafkaProducer producer = new KafkaProducer(props)) {
            boolean transactional = props.getProperty("transactional.id") != null;
            if (transactional) {
                producer.initTransactions();
                producer.beginTransaction();
            }
            ProducerRecord record = new ProducerRecord(topic, encode(props, "key.serializer", "key-" + marker), encode(props, "value.serializer", marker));
            producer.send(record).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (transactional) producer.commitTransaction();
        }
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void instances(List<String> files, String topic) throws Exception {
        List<KafkaProducer> producers = new ArrayList<>();
        try {
            for (String file : files) {
                Properties props = load(file, ProducerConfig.configNames(), "serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
                if (props.getProperty("transactional.id") == null) throw new IllegalArgumentException(file + " has no transactional.id");
                KafkaProducer producer = new KafkaProducer(props);
                producers.add(producer);
                producer.initTransactions();
                producer.beginTransaction();
                String marker = marker();
                producer.send(new ProducerRecord(topic, encode(props, "key.serializer", "key-" + marker), encode(props, "value.serializer", marker))).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            for (KafkaProducer producer : producers) producer.commitTransaction();
        } finally {
            for (KafkaProducer producer : producers) producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Moves the group's committed offsets to the end of each topic first, so
     * the marker is read whatever auto.offset.reset says (latest, none).
     */
    private static void commitEndOffsets(String group, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS).forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(60, TimeUnit.SECONDS);
        }
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void consume(String file, List<String> topics, List<String> producers) throws Exception {
        Properties props = load(file, ConsumerConfig.configNames(), "deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        String group = props.getProperty("group.id");
        if (group == null || group.isEmpty()) throw new IllegalArgumentException("no group.id");
        commitEndOffsets(group, topics);
        try (KafkaConsumer consumer = new KafkaConsumer(props)) {
            consumer.subscribe(topics);
            // Join the group and take the assignment before anything is sent.
            long deadline = System.currentTimeMillis() + WAIT.toMillis();
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(200));
                if (System.currentTimeMillis() > deadline) throw new IllegalStateException("no partitions were assigned within " + WAIT);
            }
            Set<String> waiting = new HashSet<>();
            for (int i = 0; i < topics.size(); i++) {
                String marker = marker();
                produce(i < producers.size() ? producers.get(i) : "-", topics.get(i), marker);
                waiting.add(marker);
            }
            while (!waiting.isEmpty()) {
                for (Object o : consumer.poll(Duration.ofMillis(200))) {
                    Object value = ((ConsumerRecord) o).value();
                    String text = value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : String.valueOf(value);
                    waiting.removeIf(text::contains);
                }
                if (System.currentTimeMillis() > deadline) throw new IllegalStateException("markers not read within " + WAIT + ": " + waiting);
            }
        }
    }
}
