import { parse as parseHcl } from '@cdktf/hcl2json';
import type { ExportFile } from '../../exporters/exporter';
import type { ConfigValue } from '../../exporters/kafka-config-domain';
import { parseJavaProperties, parseYamlDocs, shellWords } from './parse-back';

/**
 * Reads back, from each Kafka exporter's files, every Kafka setting it wrote:
 * per topic (create-time partitions / replication factor and topic configs)
 * and per client file (producer or consumer properties). Tests check each one
 * against the value domains.
 */

export interface EmittedTopic {
  where: string;
  name: string;
  partitions?: ConfigValue;
  replicationFactor?: ConfigValue;
  config: Record<string, ConfigValue>;
}

export interface EmittedClient {
  where: string;
  role: 'producer' | 'consumer';
  config: Record<string, ConfigValue>;
}

export interface Emitted {
  topics: EmittedTopic[];
  clients: EmittedClient[];
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

function scriptTopics(file: ExportFile): EmittedTopic[] {
  const topics: EmittedTopic[] = [];
  // Join the backslash-continued command lines, then read each command's words.
  const commands = file.content
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.startsWith('"$KAFKA_'));
  for (const command of commands) {
    const words = shellWords(command);
    const value = (flag: string) => words[words.indexOf(flag) + 1];
    if (words[0] === '$KAFKA_TOPICS' || command.startsWith('"$KAFKA_TOPICS"')) {
      const config: Record<string, ConfigValue> = {};
      words.forEach((w, i) => {
        if (w === '--config') {
          const [k, ...rest] = words[i + 1].split('=');
          config[k] = rest.join('=');
        }
      });
      topics.push({ where: `${file.path} (kafka-topics.sh)`, name: value('--topic'), partitions: value('--partitions'), replicationFactor: value('--replication-factor'), config });
    } else {
      const config: Record<string, ConfigValue> = {};
      // --add-config 'a=1,b=[x,y]': commas inside [] belong to the value.
      for (const pair of value('--add-config').match(/[^,=]+=(\[[^\]]*\]|[^,]*)/g) ?? []) {
        const [k, v] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
        config[k] = v.replace(/^\[(.*)\]$/, '$1');
      }
      topics.push({ where: `${file.path} (kafka-configs.sh)`, name: value('--entity-name'), config });
    }
  }
  return topics;
}

async function hclTopics(file: ExportFile): Promise<EmittedTopic[]> {
  const json = asObj(await parseHcl(file.path, file.content));
  const resources = asObj(json.resource);
  const topics: EmittedTopic[] = [];
  for (const [type, byName] of Object.entries(resources)) {
    for (const [name, blocks] of Object.entries(asObj(byName))) {
      for (const block of blocks as Obj[]) {
        const config = Object.fromEntries(Object.entries(asObj(block.config)).map(([k, v]) => [k, v as ConfigValue]));
        if (type === 'kafka_topic') {
          topics.push({ where: `${file.path} ${type}.${name}`, name: String(block.name), partitions: block.partitions as number, replicationFactor: block.replication_factor as number, config });
        } else if (type === 'confluent_kafka_topic') {
          topics.push({ where: `${file.path} ${type}.${name}`, name: String(block.topic_name), partitions: block.partitions_count as number, config });
        }
      }
    }
  }
  return topics;
}

export async function extractKafka(exporterId: string, files: ExportFile[]): Promise<Emitted> {
  const out: Emitted = { topics: [], clients: [] };
  for (const file of files) {
    if (exporterId === 'kafka-scripts') out.topics.push(...scriptTopics(file));
    else if (exporterId === 'kafka-client-properties') {
      const props = parseJavaProperties(file.content);
      out.clients.push({ where: file.path, role: file.path.startsWith('producers/') ? 'producer' : 'consumer', config: Object.fromEntries(props) });
    } else if (exporterId === 'strimzi' || exporterId === 'strimzi-v1beta2') {
      for (const doc of parseYamlDocs(file.content).map(asObj)) {
        if (doc.kind !== 'KafkaTopic') continue;
        const spec = asObj(doc.spec);
        const name = String(spec.topicName ?? asObj(doc.metadata).name);
        out.topics.push({
          where: `${file.path} ${name}`,
          name,
          partitions: spec.partitions as number,
          replicationFactor: spec.replicas as number,
          config: asObj(spec.config) as Record<string, ConfigValue>,
        });
      }
    } else if (exporterId === 'topicctl') {
      if (!file.path.includes('/topics/')) continue;
      const doc = asObj(parseYamlDocs(file.content)[0]);
      const spec = asObj(doc.spec);
      const config = { ...(asObj(spec.settings) as Record<string, ConfigValue>) };
      if (spec.retentionMinutes !== undefined) config['retention.ms'] = Number(spec.retentionMinutes) * 60_000;
      out.topics.push({ where: file.path, name: String(asObj(doc.meta).name), partitions: spec.partitions as number, replicationFactor: spec.replicationFactor as number, config });
    } else if (exporterId === 'julie-ops') {
      if (!file.path.endsWith('.yaml')) continue;
      const doc = asObj(parseYamlDocs(file.content)[0]);
      for (const project of (doc.projects as Obj[]) ?? []) {
        for (const topic of (project.topics as Obj[]) ?? []) {
          const { 'replication.factor': rf, 'num.partitions': partitions, ...config } = asObj(topic.config) as Record<string, ConfigValue>;
          out.topics.push({ where: `${file.path} ${String(topic.name)}`, name: String(topic.name), partitions, replicationFactor: rf, config });
        }
      }
    } else if (exporterId === 'terraform-kafka') out.topics.push(...(await hclTopics(file)));
  }
  return out;
}

export const KAFKA_EXPORTER_IDS = ['kafka-scripts', 'kafka-client-properties', 'strimzi', 'strimzi-v1beta2', 'topicctl', 'julie-ops', 'terraform-kafka'] as const;
