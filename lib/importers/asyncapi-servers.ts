import { brokerOfAsyncapiProtocol } from '../brokers/asyncapi';
import type { RefResolver } from './asyncapi-refs';
import type { Rec, ServerInfo } from './asyncapi-model';
import { environmentOf, isRecord, keyPath, short, str, type DesignBuilder } from './builder';

/**
 * AsyncAPI servers → clusters, by protocol. Servers of protocols Queuewright
 * does not model are kept (so their channels can be skipped with a reason)
 * but make no cluster.
 */

export function readServers(doc: Rec, refs: RefResolver, b: DesignBuilder, v3: boolean): Record<string, ServerInfo> {
  const out: Record<string, ServerInfo> = {};
  const raw = refs.deref(doc.servers);
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    b.note('servers', 'servers must be a map of server objects; ignored.');
    return out;
  }
  for (const [id, value] of Object.entries(raw)) {
    const path = keyPath('servers', id);
    const server = refs.deref(value);
    if (!isRecord(server)) {
      b.note(path, 'Not a server object; skipped.');
      continue;
    }
    const protocol = (str(server.protocol) ?? '').toLowerCase();
    const broker = brokerOfAsyncapiProtocol(protocol);
    const bindings = isRecord(refs.deref(server.bindings)) ? (refs.deref(server.bindings) as Rec) : {};
    const kafka = refs.deref(bindings.kafka);
    const info: ServerInfo = { id, path, protocol, broker, schemaRegistry: isRecord(kafka) && typeof kafka.schemaRegistryUrl === 'string' };
    out[id] = info;
    if (!broker) {
      b.note(
        path,
        `Server "${short(id)}" uses protocol ${protocol ? `"${short(protocol)}"` : '(none given)'}, which Queuewright does not model (it models Kafka, AMQP 0-9-1/RabbitMQ, NATS, SQS and SNS); channels only on this server are skipped.`,
      );
      continue;
    }
    const host = v3 ? str(server.host) : str(server.url);
    const tags = Array.isArray(server.tags) ? server.tags.map((t) => (isRecord(t) ? (str(t.name) ?? '') : '')).join(' ') : '';
    const environment = environmentOf(id) ?? environmentOf(tags) ?? environmentOf(str(server.description));
    const props: Rec = {};
    if (environment) props.environment = environment;
    if (broker === 'kafka' && str(server.protocolVersion)) props.version = str(server.protocolVersion)!.slice(0, 50);
    const notes = [`AsyncAPI server "${id}"`, host ? `host ${host}` : '', `protocol ${protocol}`, str(server.pathname) ? `pathname ${str(server.pathname)}` : '', str(server.description) ?? '']
      .filter(Boolean)
      .join('; ');
    props.notes = notes.slice(0, 20_000);
    info.cluster = b.addCluster(str(server.title) ?? id, broker, props, path);
    for (const key of Object.keys(bindings)) {
      if (key === 'kafka') {
        const k = isRecord(kafka) ? kafka : {};
        for (const field of Object.keys(k)) {
          if (field !== 'schemaRegistryUrl' && field !== 'schemaRegistryVendor' && field !== 'bindingVersion')
            b.note(keyPath(`${path}.bindings.kafka`, field), 'This server binding field is not represented in the design.');
        }
      } else if (key !== broker && key !== protocol) b.note(keyPath(`${path}.bindings`, key), `A ${short(key)} binding on a ${protocol} server is not represented.`);
    }
  }
  return out;
}
