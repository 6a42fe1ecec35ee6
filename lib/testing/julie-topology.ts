import { parse } from 'yaml';
import { julieTopicName, type Naming } from '../importers/julie-ops';
import { parseJavaProperties } from '../importers/java-properties';

/**
 * What JulieOps makes of a set of files: the topics it creates (full names,
 * partitions, replicas, configs with plan configs under the topic's own) and,
 * per principal, the declared topics it may read and write (project roles
 * reach every topic of the project, topic roles their topic, streams the
 * topics they list) and its consumer groups. Topic names follow JulieOps's
 * naming (`julieTopicName`) and the julie.properties of the set.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface JulieTopic {
  name: string;
  partitions?: string;
  replicas?: string;
  config: Record<string, string>;
}

export function julieView(files: ReadonlyArray<{ path: string; text: string }>): { topics: JulieTopic[]; access: string[] } {
  const naming: Naming = { format: 'default', separator: '.' };
  const plans = new Map<string, Rec>();
  const descriptors: Rec[] = [];
  for (const file of files) {
    if (file.path.endsWith('.properties')) {
      const props = parseJavaProperties(file.text);
      naming.format = props.get('topology.topic.prefix.format') ?? naming.format;
      naming.separator = props.get('topology.topic.prefix.separator') ?? naming.separator;
      continue;
    }
    const doc = parse(file.text) as Rec;
    if (isRec(doc.plans)) for (const [name, plan] of Object.entries(doc.plans)) plans.set(name, isRec(plan) && isRec(plan.config) ? plan.config : {});
    else descriptors.push(doc);
  }
  const topics: JulieTopic[] = [];
  const access = new Set<string>();
  for (const doc of descriptors) {
    const context: Rec = Object.fromEntries(Object.entries(doc).filter(([k, v]) => !['projects', 'platform', 'special_topics'].includes(k) && typeof v !== 'object'));
    const declared = new Set<string>();
    const grants: Array<[string, string, string]> = [];
    for (const project of (doc.projects as Rec[]) ?? []) {
      const projectTopics: string[] = [];
      const principal = (r: unknown) => String(isRec(r) ? r.principal : '').replace(/^User:/, '');
      for (const topic of (project.topics as Rec[]) ?? []) {
        const name = julieTopicName(naming, context, String(project.name), String(topic.name), typeof topic.dataType === 'string' ? topic.dataType : undefined);
        const config: Record<string, string> = Object.fromEntries(
          Object.entries({ ...(plans.get(String(topic.plan)) ?? {}), ...(isRec(topic.config) ? topic.config : {}) }).map(([k, v]) => [k, String(v)]),
        );
        const { 'num.partitions': partitions, 'replication.factor': replicas, ...rest } = config;
        topics.push({ name, partitions, replicas, config: rest });
        declared.add(name);
        projectTopics.push(name);
        for (const c of (topic.consumers as unknown[]) ?? []) grants.push([principal(c), 'reads', name]);
        for (const p of (topic.producers as unknown[]) ?? []) grants.push([principal(p), 'writes', name]);
        for (const c of (topic.consumers as Rec[]) ?? []) if (typeof c.group === 'string' && c.group !== '*') access.add(`${principal(c)} group ${c.group}`);
      }
      for (const c of (project.consumers as Rec[]) ?? []) {
        for (const t of projectTopics) grants.push([principal(c), 'reads', t]);
        if (typeof c.group === 'string' && c.group !== '*') access.add(`${principal(c)} group ${c.group}`);
      }
      for (const p of (project.producers as unknown[]) ?? []) for (const t of projectTopics) grants.push([principal(p), 'writes', t]);
      for (const s of (project.streams as Rec[]) ?? []) {
        const lists = isRec(s.topics) ? s.topics : {};
        for (const t of (lists.read as string[]) ?? []) grants.push([principal(s), 'reads', t]);
        for (const t of (lists.write as string[]) ?? []) grants.push([principal(s), 'writes', t]);
        if (typeof s.applicationId === 'string') access.add(`${principal(s)} group ${s.applicationId}`);
      }
    }
    for (const [who, what, topic] of grants) if (declared.has(topic)) access.add(`${who} ${what} ${topic}`);
  }
  return { topics: [...topics].sort((a, b) => (a.name < b.name ? -1 : 1)), access: [...access].sort() };
}
