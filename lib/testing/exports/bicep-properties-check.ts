import { SERVICEBUS_ARM_RESOURCES, type ArmObject } from '../../brokers/servicebus/arm-properties';

/**
 * A test oracle for the Service Bus Bicep export: reads each `resource` declaration (Bicep
 * objects hold one `key: value` per line, so a line reader follows the grammar for the
 * multi-line objects the export writes) and checks every key against the properties Azure's
 * resource reference documents (lib/brokers/servicebus/arm-properties.ts). Returns one line per
 * problem (unknown resource type, unknown key, object where a value belongs or the other way
 * round, a line it cannot read); none means the file only says what Azure documents.
 */

export type BicepObject = { [key: string]: string | BicepObject };
export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  body: BicepObject;
}

const HEADER = /^resource (\w+) '([^'@]+)@([^']+)' = \{$/;
const ENTRY = /^('(?:[^'\\]|\\.)*'|[A-Za-z_]\w*): (.*)$/;

/** Every resource of `bicep` with its body, or the line that is not Bicep this reader knows. */
export function readBicepResources(bicep: string): { resources: BicepResource[]; problems: string[] } {
  const lines = bicep.split('\n');
  const resources: BicepResource[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i].match(HEADER);
    if (!header) continue;
    const stack: BicepObject[] = [{}];
    const body = stack[0];
    for (i++; i < lines.length && stack.length > 0; i++) {
      const line = lines[i].trim();
      if (line === '}') {
        stack.pop();
        continue;
      }
      const entry = line.match(ENTRY);
      if (!entry) {
        problems.push(`line ${i + 1}: cannot read "${line}"`);
        continue;
      }
      const key = entry[1].startsWith("'") ? entry[1].slice(1, -1) : entry[1];
      if (entry[2] === '{') {
        const child: BicepObject = {};
        stack.at(-1)![key] = child;
        stack.push(child);
      } else stack.at(-1)![key] = entry[2] === '{}' ? {} : entry[2];
    }
    i--;
    resources.push({ symbol: header[1], type: header[2], apiVersion: header[3], body });
  }
  return { resources, problems };
}

function checkObject(where: string, body: BicepObject, spec: ArmObject): string[] {
  if (spec.free) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const nested = spec.objects?.[key];
    if (!spec.keys.includes(key)) problems.push(`${where}: unknown property "${key}"`);
    else if (nested && typeof value !== 'object') problems.push(`${where}: "${key}" must be an object`);
    else if (nested && typeof value === 'object') problems.push(...checkObject(`${where}.${key}`, value, nested));
    else if (!nested && typeof value === 'object' && key !== 'tags') problems.push(`${where}: "${key}" is a value, written as an object`);
  }
  return problems;
}

/** Reads `bicep` and checks every resource against the documented properties. */
export function checkBicepFile(bicep: string, apiVersion: string): { resources: BicepResource[]; problems: string[] } {
  const { resources, problems } = readBicepResources(bicep);
  for (const r of resources) {
    const spec = SERVICEBUS_ARM_RESOURCES[r.type];
    if (!spec) problems.push(`resource ${r.symbol}: ${r.type} is not a resource type the table documents`);
    else problems.push(...checkObject(`resource ${r.symbol}`, r.body, spec));
    if (r.apiVersion !== apiVersion) problems.push(`resource ${r.symbol}: API version ${r.apiVersion}, the table documents ${apiVersion}`);
    if (!('name' in r.body)) problems.push(`resource ${r.symbol}: required property "name" is missing`);
  }
  return { resources, problems };
}
