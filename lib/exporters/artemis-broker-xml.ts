import { indexGraph, nodesOfKind, type ArtemisAddressNode, type ArtemisQueueNode, type Design, type GraphIndex } from '../design';
import { commentText, hasLoneSurrogate } from './escape';
import type { ExportError, Exporter, ExportFile } from './exporter';
import { notCarried, notCarriedHeading, type Carries } from './not-carried';

/**
 * ActiveMQ Artemis `broker.xml`: the design's addresses with their queues (`<addresses>`) and each
 * address's settings (`<address-settings>`), in a minimal broker configuration the broker starts with
 * (name, persistence, journal folders, one acceptor for every protocol on 61616). Security (users,
 * roles, `<security-settings>`) is the instance's own: merge the two sections into an instance's
 * broker.xml, or add its security to this one.
 *
 * Mappings:
 * - each `artemis-address` is an `<address>` with its routing type's element (`<anycast>` or
 *   `<multicast>`) holding the queues it binds; a queue bound to no address gets an anycast address of
 *   its own name (a JMS queue: what Artemis auto-creates for it);
 * - the address's settings go in an `<address-setting match="<address>">`: an exact name is the most
 *   specific match, so no catch-all of the instance overrides it. Only what the design sets is written;
 *   the rest is Artemis's default (no dead-letter address, 10 attempts, no redelivery delay, PAGE);
 * - the address's `dead-letter` connection is its `<dead-letter-address>`;
 * - queue settings are `<queue>` attributes, its filter `<filter string>`, `durable` only when false.
 * Artemis clusters each get a `broker.xml` in a folder named by the cluster id.
 *
 * Refused, naming the node: names with `#` or `*` (Artemis reads them as wildcards in a match), with
 * characters XML 1.0 cannot hold, two addresses or two queues of one name on a broker (queue names are
 * broker-wide), and a queue bound to several addresses.
 */

/** What broker.xml keeps of a design (Queuewright imports it again); the rest is listed in a comment of the file. */
const ARTEMIS_CARRIES: Carries = {
  format: 'Artemis broker.xml',
  nodes: {
    'artemis-address': { fields: ['routingType', 'settings'] },
    'artemis-queue': { fields: ['durable', 'filter', 'exclusive', 'last-value-key', 'group-rebalance', 'group-buckets', 'max-consumers', 'purge-on-no-consumers'] },
  },
  connections: ['bind', 'dead-letter'],
  cluster: [],
  design: [],
};

/** Text safe inside an XML comment: one line, and never `--`. */
function xmlCommentText(text: string, max = 400): string {
  return commentText(text, max).replace(/-(?=-)/g, '- ');
}

/** The not-carried list as an XML comment (with its line break), or nothing when broker.xml keeps everything. */
function notCarriedXml(design: Design): string {
  const lines = notCarried(design, ARTEMIS_CARRIES);
  if (lines.length === 0) return '';
  return `<!-- ${notCarriedHeading(ARTEMIS_CARRIES)}\n${lines.map((l) => `     - ${xmlCommentText(l)}`).join('\n')}\n-->\n`;
}

const WILDCARDS = /[#*]/;
// XML 1.0 allows tab, line feed, carriage return and everything from U+0020 but U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text made safe for an XML attribute or element (the names were checked to hold no character XML refuses). */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function nameProblem(kind: string, name: string): string | undefined {
  if (WILDCARDS.test(name)) return `${kind} "${commentText(name)}": Artemis reads # and * in a name as wildcards; rename it.`;
  if (NOT_XML.test(name) || hasLoneSurrogate(name)) return `${kind} "${commentText(name)}" has a character XML cannot hold; rename it.`;
  return undefined;
}

interface Broker {
  key: string;
  addresses: ArtemisAddressNode[];
  queuesOf: Map<string, ArtemisQueueNode[]>;
  /** Queues bound to no address: each gets an anycast address of its own name. */
  unbound: ArtemisQueueNode[];
}

type Graph = GraphIndex<Design['nodes'][number]>;

function bindingsOf(graph: Graph, queue: ArtemisQueueNode): ArtemisAddressNode[] {
  return (graph.incoming.get(queue.id) ?? [])
    .filter((c) => c.kind === 'bind')
    .map((c) => graph.nodeById.get(c.from))
    .filter((n): n is ArtemisAddressNode => n?.kind === 'artemis-address');
}

/** The design's Artemis nodes by broker (cluster), checked for what Artemis would refuse. */
function brokersOf(design: Design): { ok: true; brokers: Broker[] } | { ok: false; errors: ExportError[] } {
  const graph = indexGraph(design);
  const errors: ExportError[] = [];
  const brokers = new Map<string, Broker>();
  const brokerOf = (cluster: string | undefined) => {
    const key = cluster ?? '';
    if (!brokers.has(key)) brokers.set(key, { key, addresses: [], queuesOf: new Map(), unbound: [] });
    return brokers.get(key)!;
  };
  for (const address of nodesOfKind(design, 'artemis-address')) {
    const problem = nameProblem('Address', address.name);
    if (problem) errors.push({ nodeId: address.id, message: problem });
    brokerOf(address.cluster).addresses.push(address);
  }
  for (const queue of nodesOfKind(design, 'artemis-queue')) {
    const problem = nameProblem('Queue', queue.name);
    if (problem) errors.push({ nodeId: queue.id, message: problem });
    const addresses = bindingsOf(graph, queue);
    if (addresses.length > 1) {
      errors.push({ nodeId: queue.id, message: `Queue "${commentText(queue.name)}" is bound to ${addresses.length} addresses; an Artemis queue belongs to one.` });
      continue;
    }
    const broker = brokerOf(addresses[0]?.cluster ?? queue.cluster);
    if (addresses.length === 0) broker.unbound.push(queue);
    else broker.queuesOf.set(addresses[0].id, [...(broker.queuesOf.get(addresses[0].id) ?? []), queue]);
  }
  for (const broker of brokers.values()) errors.push(...duplicateNames(broker));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, brokers: [...brokers.values()] };
}

function duplicateNames(broker: Broker): ExportError[] {
  const errors: ExportError[] = [];
  const addressNames = new Set<string>();
  for (const node of [...broker.addresses, ...broker.unbound]) {
    if (addressNames.has(node.name)) errors.push({ nodeId: node.id, message: `Two addresses are named "${commentText(node.name)}" on one broker.` });
    addressNames.add(node.name);
  }
  const queueNames = new Set<string>();
  for (const queue of [...[...broker.queuesOf.values()].flat(), ...broker.unbound]) {
    if (queueNames.has(queue.name)) errors.push({ nodeId: queue.id, message: `Two queues are named "${commentText(queue.name)}" on one broker; Artemis queue names are broker-wide.` });
    queueNames.add(queue.name);
  }
  return errors;
}

function attribute(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? '' : ` ${name}="${xmlEscape(String(value))}"`;
}

function queueXml(queue: ArtemisQueueNode, indent: string): string {
  const attributes = [
    attribute('name', queue.name),
    attribute('max-consumers', queue['max-consumers']),
    attribute('purge-on-no-consumers', queue['purge-on-no-consumers']),
    attribute('exclusive', queue.exclusive),
    attribute('group-rebalance', queue['group-rebalance']),
    attribute('group-buckets', queue['group-buckets']),
    attribute('last-value-key', queue['last-value-key']),
  ].join('');
  const children = [queue.filter !== undefined ? `<filter string="${xmlEscape(queue.filter)}"/>` : '', queue.durable ? '' : '<durable>false</durable>'].filter(Boolean);
  if (children.length === 0) return `${indent}<queue${attributes}/>`;
  return [`${indent}<queue${attributes}>`, ...children.map((c) => `${indent}   ${c}`), `${indent}</queue>`].join('\n');
}

function addressXml(name: string, routingType: ArtemisAddressNode['routingType'], queues: ArtemisQueueNode[]): string {
  const lines = [`         <address name="${xmlEscape(name)}">`];
  if (queues.length === 0) lines.push(`            <${routingType}/>`);
  else lines.push(`            <${routingType}>`, ...queues.map((q) => queueXml(q, '               ')), `            </${routingType}>`);
  lines.push('         </address>');
  return lines.join('\n');
}

/** The `<address-setting>` elements the design writes, in the order Artemis's documentation lists them. */
function addressSettingXml(graph: Graph, address: ArtemisAddressNode): string | undefined {
  const dla = (graph.outgoing.get(address.id) ?? []).find((c) => c.kind === 'dead-letter');
  const dlaNode = dla ? graph.nodeById.get(dla.to) : undefined;
  const settings: Array<[string, string | number | boolean | undefined]> = [['dead-letter-address', dlaNode?.name], ...Object.entries(address.settings)];
  const elements = settings.filter(([, v]) => v !== undefined).map(([key, value]) => `            <${key}>${xmlEscape(String(value))}</${key}>`);
  if (elements.length === 0) return undefined;
  return [`         <address-setting match="${xmlEscape(address.name)}">`, ...elements, '         </address-setting>'].join('\n');
}

/** One broker's `broker.xml`. */
function brokerXml(design: Design, broker: Broker): string {
  const graph = indexGraph(design);
  const clusterName = design.clusters.find((c) => c.id === broker.key)?.name ?? design.name;
  const settings = broker.addresses.map((a) => addressSettingXml(graph, a)).filter((s): s is string => s !== undefined);
  const addresses = [...broker.addresses.map((a) => addressXml(a.name, a.routingType, broker.queuesOf.get(a.id) ?? [])), ...broker.unbound.map((q) => addressXml(q.name, 'anycast', [q]))];
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ActiveMQ Artemis broker configuration written by Queuewright from the design "${xmlCommentText(design.name, 200)}".
     Security (users, roles, security-settings) is the instance's: merge <address-settings> and <addresses>
     into an instance's broker.xml, or add its security here. -->
${notCarriedXml(design)}<configuration xmlns="urn:activemq" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:activemq /schema/artemis-configuration.xsd">
   <core xmlns="urn:activemq:core">
      <name>${xmlEscape(commentText(clusterName, 255))}</name>
      <persistence-enabled>true</persistence-enabled>
      <paging-directory>data/paging</paging-directory>
      <bindings-directory>data/bindings</bindings-directory>
      <journal-directory>data/journal</journal-directory>
      <large-messages-directory>data/large-messages</large-messages-directory>
      <acceptors>
         <acceptor name="artemis">tcp://0.0.0.0:61616</acceptor>
      </acceptors>
      <address-settings>
${settings.join('\n')}
      </address-settings>
      <addresses>
${addresses.join('\n')}
      </addresses>
   </core>
</configuration>
`.replace(/\n\n/g, '\n');
}

export const artemisBrokerXmlExporter: Exporter = {
  id: 'artemis-broker-xml',
  label: 'ActiveMQ Artemis broker.xml',
  description: 'Addresses, queues and address settings in a broker.xml Artemis starts with.',
  language: 'text',
  carries: ARTEMIS_CARRIES,
  export(design) {
    if (nodesOfKind(design, 'artemis-address').length + nodesOfKind(design, 'artemis-queue').length === 0) {
      return { ok: false, errors: [{ message: 'The design has no Artemis address or queue to export.' }] };
    }
    const built = brokersOf(design);
    if (!built.ok) return built;
    const files: ExportFile[] = built.brokers.map((broker) => ({
      path: built.brokers.length === 1 ? 'broker.xml' : `${broker.key || 'default'}/broker.xml`,
      content: brokerXml(design, broker),
    }));
    return { ok: true, files };
  },
};
