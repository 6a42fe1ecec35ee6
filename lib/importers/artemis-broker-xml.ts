import { MAX_INPUT_BYTES } from '../design/check-data';
import { ARTEMIS_ADDRESS_FULL_POLICIES } from '../design';
import { DesignBuilder, fileStem, guard, head, short } from './builder';
import type { ImportResult, Importer } from './importer';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';

/**
 * ActiveMQ Artemis `broker.xml`: its `<addresses>` and `<address-settings>`, as the broker reads them.
 *
 * - each `<address>` → an `artemis-address` with the routing type of its `<anycast>` or `<multicast>`
 *   element, and each `<queue>` in it → an `artemis-queue` bound to it (durable, filter, exclusive,
 *   last-value key, group settings, max consumers, purge on no consumers). An address with both routing
 *   types keeps the first; its other queues are bound all the same, with a note;
 * - `<address-settings>` apply to the addresses they match as Artemis matches them (`#` any number of
 *   words, `*` one word, `.` between words), the more specific match winning setting by setting, so a
 *   catch-all `match="#"` (which `artemis create` writes) gives every address its dead-letter address;
 * - `<dead-letter-address>` → the address's `dead-letter` connection, to the address of that name (one
 *   the file does not declare is added, with a note; an address is never its own dead-letter address);
 * - `<name>` names the Artemis cluster.
 * Settings the design does not hold (expiry-delay, auto-create-*, paging sizes, …) and the rest of the
 * broker's configuration (acceptors, security, journal, cluster connections) are reported, not dropped in
 * silence.
 */

/** The address settings the design holds, by their broker.xml names, and how each is read. */
const HELD_SETTINGS: Record<string, (text: string) => string | number | boolean | undefined> = {
  'max-delivery-attempts': integer,
  'redelivery-delay': integer,
  'redelivery-delay-multiplier': decimal,
  'max-redelivery-delay': integer,
  'expiry-address': (t) => t || undefined,
  'address-full-policy': (t) => ((ARTEMIS_ADDRESS_FULL_POLICIES as readonly string[]).includes(t) ? t : undefined),
  'max-size-bytes': sizeInBytes,
  'max-size-messages': integer,
  'default-last-value-queue': boolean,
  'default-last-value-key': (t) => t || undefined,
  'default-exclusive-queue': boolean,
  'default-group-rebalance': boolean,
};

function integer(text: string): number | undefined {
  return /^-?\d{1,15}$/.test(text) ? Number(text) : undefined;
}
function decimal(text: string): number | undefined {
  return /^\d{1,6}(\.\d{1,10})?$/.test(text) ? Number(text) : undefined;
}
function boolean(text: string): boolean | undefined {
  return text === 'true' ? true : text === 'false' ? false : undefined;
}
/** Artemis sizes: a byte count or a number with K, M, G (KB, MB, GB; powers of 1024, as ByteUtil reads them). */
function sizeInBytes(text: string): number | undefined {
  const match = /^(-?\d{1,15})\s*([KMG]i?B?)?$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? '').toUpperCase()[0];
  const factor = unit === 'K' ? 1024 : unit === 'M' ? 1024 ** 2 : unit === 'G' ? 1024 ** 3 : 1;
  return Number(match[1]) * factor;
}

/** Whether Artemis's address match `pattern` matches `address` (words split on `.`; `#` any number of words, `*` one). */
export function matchesAddress(pattern: string, address: string): boolean {
  const p = pattern.split('.');
  const a = address.split('.');
  const memo = new Map<string, boolean>();
  const walk = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: boolean;
    if (i === p.length) result = j === a.length;
    else if (p[i] === '#') result = walk(i + 1, j) || (j < a.length && walk(i, j + 1));
    else result = j < a.length && (p[i] === '*' || p[i] === a[j]) && walk(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/** How specific a match is: a literal beats any wildcard, then the more literal words, then `*` over `#`. */
function specificity(pattern: string): number {
  const words = pattern.split('.');
  if (!words.some((w) => w === '#' || w === '*')) return 1_000_000;
  return words.filter((w) => w !== '#' && w !== '*').length * 100 + words.filter((w) => w === '*').length;
}

interface Setting {
  match: string;
  element: XmlElement;
  path: string;
}

/** The settings an address gets: every matching `<address-setting>`, the more specific winning key by key. */
function settingsFor(address: string, settings: readonly Setting[], b: DesignBuilder, noted: Set<string>): { values: Record<string, unknown>; deadLetter?: string } {
  const matching = settings.filter((s) => matchesAddress(s.match, address)).sort((x, y) => specificity(x.match) - specificity(y.match));
  const values: Record<string, unknown> = {};
  let deadLetter: string | undefined;
  for (const { element, path } of matching) {
    for (const child of element.children) {
      const where = `${path}.${child.name}`;
      if (child.name === 'dead-letter-address') deadLetter = child.text || undefined;
      else if (Object.hasOwn(HELD_SETTINGS, child.name)) {
        const value = HELD_SETTINGS[child.name](child.text);
        if (value !== undefined) values[child.name] = value;
        else if (!noted.has(where)) b.note(where, `"${short(child.text)}" is not a value the design can hold; Artemis's default applies.`);
      } else if (!noted.has(where)) b.note(where, `${child.name} is not held by the design.`);
      noted.add(where);
    }
  }
  return { values, deadLetter };
}

function queueProps(queue: XmlElement): Record<string, unknown> {
  const a = queue.attributes;
  const props: Record<string, unknown> = {};
  const bool = (name: string) => (a[name] === undefined ? undefined : boolean(a[name]));
  const int = (name: string) => (a[name] === undefined ? undefined : integer(a[name]));
  const entries: Array<[string, unknown]> = [
    ['exclusive', bool('exclusive')],
    ['last-value-key', a['last-value-key'] || undefined],
    ['group-rebalance', bool('group-rebalance')],
    ['group-buckets', int('group-buckets')],
    ['max-consumers', int('max-consumers')],
    ['purge-on-no-consumers', bool('purge-on-no-consumers')],
    ['filter', childNamed(queue, 'filter')?.attributes.string || undefined],
    ['durable', childNamed(queue, 'durable') ? boolean(childNamed(queue, 'durable')!.text) : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined) props[key] = value;
  return props;
}

const QUEUE_ATTRIBUTES = new Set(['name', 'exclusive', 'last-value-key', 'group-rebalance', 'group-buckets', 'max-consumers', 'purge-on-no-consumers']);

/** Adds an address's queues, bound to it. */
function addQueues(b: DesignBuilder, address: XmlElement, addressId: string, cluster: string, path: string): void {
  const routing = address.children.filter((c) => c.name === 'anycast' || c.name === 'multicast');
  routing.forEach((type, t) => {
    if (t > 0) b.note(`${path}.${type.name}`, `The address has ${routing.map((r) => r.name).join(' and ')} queues; the design gives an address one routing type (${routing[0].name}).`);
    childrenNamed(type, 'queue').forEach((queue, q) => {
      const where = `${path}.${type.name}.queue[${q}]`;
      for (const attribute of Object.keys(queue.attributes)) if (!QUEUE_ATTRIBUTES.has(attribute)) b.note(`${where}@${attribute}`, `${attribute} is not held by the design.`);
      const id = b.addNode('artemis-queue', queue.attributes.name ?? '', { cluster, ...queueProps(queue) }, where);
      if (id) b.connect('bind', addressId, id, {}, where);
    });
  });
}

/** The `item` elements of the section `section` of `<core>` (none when the section is absent). */
function sectionItems(core: XmlElement, section: string, item: string): XmlElement[] {
  const element = childNamed(core, section);
  return element ? childrenNamed(element, item) : [];
}

function importBrokerXml(text: string, fileName: string | undefined): ImportResult {
  if (text.length > MAX_INPUT_BYTES) return { ok: false, errors: [{ message: `The file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` }] };
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, errors: [{ message: parsed.message, line: parsed.line, column: parsed.column }] };
  const core = parsed.root.name === 'core' ? parsed.root : childNamed(parsed.root, 'core');
  if (!core) return { ok: false, errors: [{ message: `Expected an Artemis broker.xml: <configuration> with a <core> element, found <${short(parsed.root.name)}>.` }] };
  const b = new DesignBuilder();
  const brokerName = childNamed(core, 'name')?.text;
  const cluster = b.addCluster(brokerName || fileStem(fileName)?.replace(/\.xml$/i, '') || 'Artemis', 'artemis', {}, 'core.name');
  const other = core.children.map((c) => c.name).filter((n) => !['name', 'addresses', 'address-settings'].includes(n));
  if (other.length > 0) b.note('core', `Broker settings the design does not hold are not imported: ${[...new Set(other)].join(', ')}.`);
  const settings: Setting[] = sectionItems(core, 'address-settings', 'address-setting').map((element, i) => ({
    match: element.attributes.match ?? '',
    element,
    path: `address-settings[${i}]`,
  }));
  const addresses = sectionItems(core, 'addresses', 'address');
  const idByName = new Map<string, string>();
  const noted = new Set<string>();
  const deadLetters: Array<{ from: string; to: string; path: string }> = [];
  addresses.forEach((address, i) => {
    const path = `addresses.address[${i}]`;
    const name = address.attributes.name ?? '';
    const routingType = address.children.find((c) => c.name === 'anycast' || c.name === 'multicast')?.name ?? 'anycast';
    const { values, deadLetter } = settingsFor(name, settings, b, noted);
    const id = b.addNode('artemis-address', name, { cluster, routingType, settings: values }, path);
    if (!id) return;
    if (!idByName.has(name)) idByName.set(name, id);
    addQueues(b, address, id, cluster, path);
    if (deadLetter !== undefined) deadLetters.push({ from: id, to: deadLetter, path });
  });
  for (const { from, to, path } of deadLetters) {
    if (idByName.get(to) === from) continue;
    let target = idByName.get(to);
    if (!target) {
      target = b.addNode('artemis-address', to, { cluster }, path);
      if (target) idByName.set(to, target);
      b.note(path, `Dead-letter address "${short(to)}" is not declared in the file; it is added without queues.`);
    }
    if (target) b.connect('dead-letter', from, target, {}, path);
  }
  return b.build(brokerName || 'Imported Artemis broker');
}

export const artemisBrokerXmlImporter: Importer = {
  id: 'artemis-broker-xml',
  label: 'ActiveMQ Artemis broker.xml',
  detect(text) {
    // Comments removed first (one linear pass), so the test below cannot backtrack over them.
    const start = head(text).replace(/<!--[\s\S]*?-->/g, '');
    return /^\s*(<\?xml[^>]*>\s*)?<configuration\b/.test(start) && /urn:activemq/.test(start);
  },
  import: (text, fileName) => guard(() => (typeof text === 'string' ? importBrokerXml(text, fileName) : { ok: false, errors: [{ message: 'Expected the text of a broker.xml.' }] })),
};
