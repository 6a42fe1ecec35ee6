'use client';

import { useMemo } from 'react';
import type { z } from 'zod';
import {
  allowedConnectionKinds,
  checkConnection,
  connect,
  clusterSchema,
  connectionSchema,
  duplicate,
  kindDefinition,
  outgoing,
  removeElements,
  requirementsSchema,
  reviewSettingsSchema,
  updateConnection,
  updateDesign,
  updateNode,
  type Connection,
  type ConnectionKind,
  type Design,
  type DesignNode,
} from '@/lib/design';
import { uniqueId } from '@/lib/design';
import { resolveDesign, settingSources } from '@/lib/brokers/resolve';
import { KIND_LOOKS } from '../canvas/node-types';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { NodeChoice } from '../ui/node-choice';
import { jsonSchemaOf, type PropertySchema } from './json-schema-of';
import { SchemaForm, type Commit, type EffectiveOf, type Path } from './schema-form';
import { setIn, startsWith } from './set-in';

/** Validates a candidate with the zod schema; returns the parsed value or the message for `path`. */
function validate<T>(schema: z.ZodType<T>, candidate: unknown, path: Path): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues.find((i) => startsWith(i.path, path)) ?? result.error.issues[0];
  const where = startsWith(issue.path, path) ? '' : `${issue.path.join('.')}: `;
  return { ok: false, message: `${where}${issue.message}` };
}

/** The right-hand panel: edits the selection, or the design's requirements when nothing is selected. */
export function Inspector({ readOnly = false }: { readOnly?: boolean }) {
  const selection = useStudio((s) => s.selection);
  const design = useStudio((s) => s.design);
  const total = selection.nodes.length + selection.connections.length;
  let body;
  if (total === 0) body = <DesignInspector design={design} />;
  else if (total > 1) body = <MultiInspector count={total} />;
  else if (selection.nodes.length === 1) {
    const node = design.nodes.find((n) => n.id === selection.nodes[0]);
    body = node ? <NodeInspector key={node.id} node={node} design={design} /> : null;
  } else {
    const connection = design.connections.find((c) => c.id === selection.connections[0]);
    body = connection ? <ConnectionInspector key={connection.id} connection={connection} design={design} /> : null;
  }
  return (
    // Read-only, the fields are disabled and unfocusable: the panel itself takes focus so it can be scrolled by keyboard.
    <aside aria-label="Inspector" data-testid="inspector" className="h-full overflow-y-auto p-3" tabIndex={readOnly ? 0 : undefined}>
      <fieldset disabled={readOnly} className="min-w-0">
        {body}
      </fieldset>
    </aside>
  );
}

function Heading({ title, subtitle }: { title: string; subtitle?: string }) {
  return (
    <div className="mb-3">
      <h2 className="truncate text-[15px] font-semibold" title={title}>
        {title}
      </h2>
      {subtitle && <div className="text-[12px] text-[var(--muted)]">{subtitle}</div>}
    </div>
  );
}

/** Groups of broker settings shown open: the ones for brokers the node actually talks to. */
function relevantGroups(design: Design, node: DesignNode): Set<string> {
  const groups = new Set<string>(['config', 'arguments', 'messageSchema']);
  const neighbours = [...outgoing(design, node.id), ...design.connections.filter((c) => c.to === node.id)]
    .map((c) => design.nodes.find((n) => n.id === (c.from === node.id ? c.to : c.from))?.kind)
    .filter(Boolean) as string[];
  for (const kind of neighbours) {
    const broker = kindDefinition(kind)?.broker;
    if (broker === 'kafka') groups.add('kafka');
    if (broker === 'rabbitmq') groups.add('rabbitmq');
    if (broker === 'nats') groups.add('nats');
    if (broker === 'sqs-sns') groups.add('sqs');
  }
  return groups;
}

/** The node's software settings as the review judges them (lib/brokers/resolve), by field path. */
function effectiveSettings(design: Design, nodeId: string): EffectiveOf {
  const sources = settingSources(design, nodeId);
  const resolved = resolveDesign(design).nodes.find((n) => n.id === nodeId);
  return (path) => {
    const source = sources.get(path.join('.'));
    if (!source) return undefined;
    let value: unknown = resolved;
    for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
    return { value, source };
  };
}

function NodeInspector({ node, design }: { node: DesignNode; design: Design }) {
  const store = useStudioStore();
  const definition = kindDefinition(node.kind)!;
  const schema = definition.schema as unknown as z.ZodType<DesignNode>;
  const commit: Commit = (path, value) => {
    const current = store.getState().design.nodes.find((n) => n.id === node.id);
    if (!current) return undefined;
    const checked = validate(schema, setIn(current as unknown as Record<string, unknown>, path, value), path);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateNode(d, node.id, checked.value), { coalesce: `${node.id}:${path.join('.')}` });
    return undefined;
  };
  const clusters = design.clusters.filter((c) => (definition.clusterBrokers as readonly string[]).includes(c.broker));
  return (
    <div data-testid={`inspector.node.${node.id}`}>
      <Heading title={node.name} subtitle={`${KIND_LOOKS[node.kind].label} · id ${node.id}`} />
      {clusters.length > 0 && (
        <div className="mb-2 space-y-0.5">
          <label className="text-[12px] font-medium" htmlFor="node-cluster">
            Cluster
          </label>
          <select
            id="node-cluster"
            className="w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-[13px]"
            value={node.cluster ?? ''}
            onChange={(e) => commit(['cluster'], e.target.value || undefined)}
          >
            <option value="">(none)</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.broker})
              </option>
            ))}
          </select>
        </div>
      )}
      <SchemaForm
        schema={jsonSchemaOf(schema)}
        value={node as unknown as Record<string, unknown>}
        commit={commit}
        skip={['kind', 'id', 'cluster']}
        testIdPrefix="inspector.field"
        openGroups={relevantGroups(design, node)}
        effective={effectiveSettings(design, node.id)}
      />
      <ConnectTo node={node} design={design} />
      <SelectionActions ids={[node.id]} />
    </div>
  );
}

/**
 * Connecting without a mouse: every node this one can connect to, with the
 * kind the connection would be. The same check as dragging a handle.
 */
function ConnectTo({ node, design }: { node: DesignNode; design: Design }) {
  const store = useStudioStore();
  const choices = useMemo(
    () =>
      design.nodes.flatMap((target) => {
        const check = checkConnection(design, node.id, target.id);
        return check.ok ? [{ value: target.id, label: `${check.kind} → ${target.name}` }] : [];
      }),
    [design, node.id],
  );
  if (choices.length === 0) return null;
  return (
    <div className="mt-3 space-y-0.5 border-t border-[var(--border)] pt-3">
      <label htmlFor="connect-to" className="text-[12px] font-medium">
        Connect to
      </label>
      <NodeChoice
        id="connect-to"
        choices={choices}
        value=""
        noneLabel="Choose a node…"
        label="Connect to"
        testId="inspector.connect-to"
        className="w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-[13px]"
        onChange={(target) => {
          if (!target) return;
          const result = connect(store.getState().design, node.id, target);
          if (result.ok) store.getState().change(() => result.design);
        }}
      />
    </div>
  );
}

/** Fields that mean something for each connection kind. */
const CONNECTION_FIELDS: Record<ConnectionKind, string[]> = {
  publish: ['routingKey', 'arguments', 'subject', 'notes'],
  consume: ['notes'],
  bind: ['routingKey', 'arguments', 'notes'],
  alternate: ['notes'],
  'dead-letter': ['routingKey', 'maxReceiveCount', 'notes'],
  subscription: ['filterPolicy', 'rawMessageDelivery', 'deadLetterQueue', 'queuePolicyAllowsTopic', 'notes'],
};

function ConnectionInspector({ connection, design }: { connection: Connection; design: Design }) {
  const store = useStudioStore();
  const from = design.nodes.find((n) => n.id === connection.from);
  const to = design.nodes.find((n) => n.id === connection.to);
  const kinds = from && to ? allowedConnectionKinds(from.kind, to.kind) : [connection.kind];
  const commit: Commit = (path, value) => {
    const current = store.getState().design.connections.find((c) => c.id === connection.id);
    if (!current) return undefined;
    const checked = validate(connectionSchema, setIn(current as unknown as Record<string, unknown>, path, value), path);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateConnection(d, connection.id, checked.value), { coalesce: `${connection.id}:${path.join('.')}` });
    return undefined;
  };
  const full = jsonSchemaOf(connectionSchema);
  const visible = CONNECTION_FIELDS[connection.kind];
  const schema: PropertySchema = { ...full, properties: Object.fromEntries(Object.entries(full.properties ?? {}).filter(([k]) => visible.includes(k))) };
  return (
    <div data-testid={`inspector.connection.${connection.id}`}>
      <Heading title={`${from?.name ?? connection.from} → ${to?.name ?? connection.to}`} subtitle={`${connection.kind} connection`} />
      {kinds.length > 1 && (
        <div className="mb-2 space-y-0.5">
          <label className="text-[12px] font-medium" htmlFor="connection-kind">
            Kind
          </label>
          <select
            id="connection-kind"
            data-testid="inspector.connection-kind"
            className="w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-[13px]"
            value={connection.kind}
            onChange={(e) => commit(['kind'], e.target.value)}
          >
            {kinds.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
      )}
      <SchemaForm schema={schema} value={connection as unknown as Record<string, unknown>} commit={commit} testIdPrefix="inspector.field" />
      <SelectionActions ids={[]} connections={[connection.id]} />
    </div>
  );
}

function MultiInspector({ count }: { count: number }) {
  const selection = useStudio((s) => s.selection);
  return (
    <div>
      <Heading title={`${count} selected`} subtitle="Drag to move them together; Delete removes them." />
      <SelectionActions ids={selection.nodes} connections={selection.connections} />
    </div>
  );
}

function SelectionActions({ ids, connections = [] }: { ids: string[]; connections?: string[] }) {
  const store = useStudioStore();
  return (
    <div className="mt-4 flex gap-2 border-t border-[var(--border)] pt-3">
      {ids.length > 0 && (
        <Button
          data-testid="inspector.duplicate"
          onClick={() => {
            let newIds: string[] = [];
            store.getState().change((d) => {
              const result = duplicate(d, ids);
              newIds = result.ids;
              return result.design;
            });
            store.getState().select({ nodes: newIds, connections: [] });
          }}
        >
          Duplicate
        </Button>
      )}
      <Button variant="danger" data-testid="inspector.delete" onClick={() => store.getState().change((d) => removeElements(d, { nodes: ids, connections }))}>
        Delete
      </Button>
    </div>
  );
}

function DesignInspector({ design }: { design: Design }) {
  const store = useStudioStore();
  const commitRequirements: Commit = (path, value) => {
    const checked = validate(requirementsSchema, setIn(store.getState().design.requirements as unknown as Record<string, unknown>, path, value), path);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateDesign(d, { requirements: checked.value }), { coalesce: `requirements:${path.join('.')}` });
    return undefined;
  };
  const commitReview: Commit = (path, value) => {
    const checked = validate(reviewSettingsSchema, setIn(store.getState().design.review as unknown as Record<string, unknown>, path, value), path);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateDesign(d, { review: checked.value }), { coalesce: `review:${path.join('.')}` });
    return undefined;
  };
  return (
    <div data-testid="inspector.design">
      <Heading title="Design" subtitle="Nothing selected: these apply to the whole design." />
      <div className="space-y-2">
        <div className="space-y-0.5">
          <label htmlFor="design-notes" className="text-[12px] font-medium">
            Notes
          </label>
          <textarea
            id="design-notes"
            className="min-h-[56px] w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-[13px]"
            value={design.notes ?? ''}
            maxLength={20000}
            onChange={(e) => store.getState().change((d) => updateDesign(d, { notes: e.target.value || undefined }), { coalesce: 'design-notes' })}
          />
        </div>
        <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Requirements (defaults for every flow)</h3>
        <SchemaForm schema={jsonSchemaOf(requirementsSchema)} value={design.requirements as unknown as Record<string, unknown>} commit={commitRequirements} testIdPrefix="inspector.requirements" />
        <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Review</h3>
        <SchemaForm schema={jsonSchemaOf(reviewSettingsSchema)} value={design.review as unknown as Record<string, unknown>} commit={commitReview} testIdPrefix="inspector.review" />
        <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Clusters</h3>
        {design.clusters.length === 0 && <p className="text-[12px] text-[var(--muted)]">A cluster is added when you place the first node of its broker.</p>}
        {design.clusters.map((cluster, index) => (
          <ClusterEditor key={cluster.id} index={index} cluster={cluster as unknown as Record<string, unknown>} />
        ))}
        <Button
          onClick={() =>
            store.getState().change((d) => {
              const id = uniqueId('kafka', new Set(d.clusters.map((c) => c.id)));
              return updateDesign(d, { clusters: [...d.clusters, clusterSchema.parse({ id, name: id, broker: 'kafka' })] });
            })
          }
        >
          Add cluster
        </Button>
      </div>
    </div>
  );
}

function ClusterEditor({ index, cluster }: { index: number; cluster: Record<string, unknown> }) {
  const store = useStudioStore();
  const commit: Commit = (path, value) => {
    const checked = validate(clusterSchema, setIn(cluster, path, value), path);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateDesign(d, { clusters: d.clusters.map((c, i) => (i === index ? checked.value : c)) }), { coalesce: `cluster:${index}:${path.join('.')}` });
    return undefined;
  };
  return (
    <details className="rounded-md border border-[var(--border)] px-2 py-1" data-testid={`inspector.cluster.${String(cluster.id)}`}>
      <summary className="cursor-pointer py-0.5 text-[12.5px] font-semibold">
        {String(cluster.name)} <span className="font-normal text-[var(--muted)]">· {String(cluster.broker)}</span>
      </summary>
      <div className="pt-1.5">
        <SchemaForm schema={jsonSchemaOf(clusterSchema)} value={cluster} commit={commit} skip={['id']} testIdPrefix={`inspector.cluster-field.${index}`} />
      </div>
    </details>
  );
}
