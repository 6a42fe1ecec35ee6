import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pulsar.common.naming.NamedEntity;
import org.apache.pulsar.common.naming.NamespaceName;
import org.apache.pulsar.common.naming.TopicDomain;
import org.apache.pulsar.common.naming.TopicName;
import org.apache.pulsar.common.policies.data.BacklogQuota;
import org.apache.pulsar.common.policies.data.RetentionPolicies;
import org.apache.pulsar.common.policies.data.SchemaCompatibilityStrategy;
import org.apache.pulsar.common.util.ObjectMapperFactory;

/**
 * Reads what a Pulsar export asks of the admin API into Apache Pulsar's own
 * classes (pulsar-common and pulsar-client-admin-api, what PulsarAdmin sends
 * and the broker reads) and refuses what they refuse: tenant names
 * (NamedEntity.checkName, as the broker checks a new tenant), namespace names
 * (NamespaceName.get), topic names (TopicName.get, with its domain), the
 * retention and backlog quota bodies (RetentionPolicies, BacklogQuota with its
 * RetentionPolicy and BacklogQuotaType enums, written and read back by
 * Pulsar's ObjectMapper), the message TTL (an int, as
 * setNamespaceMessageTTL takes it), deduplication (a boolean) and the schema
 * compatibility strategy (SchemaCompatibilityStrategy). Numbers are read as
 * the streamnative/pulsar provider reads its quoted ones (strconv.Atoi).
 *
 * Run with the fetched jars (scripts/pulsar/fetch.sh):
 *   java -cp '.cache/pulsar/libs/*' scripts/pulsar/PolicyCheck.java PLAN
 *
 * PLAN has one check per line, tab-separated, the first column a label that
 * says where the value comes from:
 *   label  TENANT         name
 *   label  NAMESPACE      tenant/namespace
 *   label  TOPIC          topic_type  tenant  namespace  topic_name  partitions
 *   label  RETENTION      retention_minutes  retention_size_in_mb
 *   label  BACKLOG_QUOTA  limit_bytes  limit_seconds  policy  type
 *   label  TTL            message_ttl_seconds
 *   label  DEDUPLICATION  true|false
 *   label  SCHEMA_COMPATIBILITY  strategy
 *
 * Prints one line per check: OK<TAB>label<TAB>kind, or FAIL<TAB>label<TAB>kind<TAB>why.
 */
public class PolicyCheck {
  private static final ObjectMapper MAPPER = ObjectMapperFactory.getMapper().getObjectMapper();

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      try {
        check(f);
        System.out.println("OK\t" + f[0] + "\t" + f[1]);
      } catch (Exception e) {
        System.out.println("FAIL\t" + f[0] + "\t" + f[1] + "\t" + String.valueOf(e.getMessage()).replace('\n', ' '));
      }
    }
  }

  private static void check(String[] f) throws Exception {
    switch (f[1]) {
      case "TENANT" -> NamedEntity.checkName(f[2]);
      case "NAMESPACE" -> NamespaceName.get(f[2]);
      case "TOPIC" -> topic(f[2], f[3], f[4], f[5], f[6]);
      case "RETENTION" -> {
        RetentionPolicies policies = new RetentionPolicies(Integer.parseInt(f[2]), Long.parseLong(f[3]));
        roundTrip(policies, RetentionPolicies.class);
      }
      case "BACKLOG_QUOTA" -> {
        BacklogQuota.BacklogQuotaType.valueOf(f[5]);
        BacklogQuota quota = BacklogQuota.builder()
            .limitSize(Long.parseLong(f[2]))
            .limitTime(Integer.parseInt(f[3]))
            .retentionPolicy(BacklogQuota.RetentionPolicy.valueOf(f[4]))
            .build();
        roundTrip(quota, quota.getClass());
      }
      case "TTL" -> Integer.parseInt(f[2]);
      case "DEDUPLICATION" -> {
        if (!f[2].equals("true") && !f[2].equals("false")) throw new IllegalArgumentException("not a boolean: " + f[2]);
      }
      case "SCHEMA_COMPATIBILITY" -> {
        if (SchemaCompatibilityStrategy.isUndefined(SchemaCompatibilityStrategy.valueOf(f[2]))) throw new IllegalArgumentException("UNDEFINED is not a strategy to set");
      }
      default -> throw new IllegalArgumentException("unknown check " + f[1]);
    }
  }

  /** A topic as the provider creates it: its full name through TopicName, partitions 0 (non-partitioned) or more. */
  private static void topic(String type, String tenant, String namespace, String name, String partitions) {
    TopicDomain domain = TopicDomain.getEnum(type);
    TopicName topic = TopicName.get(domain.value(), tenant, namespace, name);
    String expected = domain.value() + "://" + tenant + "/" + namespace + "/" + name;
    if (!topic.toString().equals(expected)) throw new IllegalArgumentException("TopicName reads " + expected + " as " + topic);
    if (topic.isPartitioned()) throw new IllegalArgumentException("a topic name ending in -partition-N is a partition of another topic");
    if (Integer.parseInt(partitions) < 0) throw new IllegalArgumentException("partitions must be 0 or more");
  }

  /** The body as PulsarAdmin writes it and the broker reads it back: equal, or the value does not survive. */
  private static <T> void roundTrip(T value, Class<?> type) throws Exception {
    Object back = MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    if (!back.equals(value)) throw new IllegalArgumentException("does not survive Pulsar's JSON: " + value + " → " + back);
  }
}
