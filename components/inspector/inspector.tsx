'use client';

import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import type { z } from 'zod';
import {
  allowedConnectionKinds,
  checkConnection,
  connect,
  clusterSchema,
  connectionSchema,
  duplicate,
  kindDefinition,
  removeElements,
  requirementsSchema,
  reviewSettingsSchema,
  updateConnection,
  updateDesign,
  updateNode,
  type Connection,
  type Design,
  type DesignNode,
} from '@/lib/design';
import { uniqueId } from '@/lib/design';
import { resolveDesign, settingSources } from '@/lib/brokers/resolve';
import { connectionFieldsShown, nodeFieldsShown } from '@/lib/design/relevant-fields';
import { KIND_LOOKS } from '../canvas/node-types';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { NodeChoice } from '../ui/node-choice';
import { jsonSchemaOf, type PropertySchema } from './json-schema-of';
import { SchemaForm, type Commit, type EffectiveOf, type Path } from './schema-form';
import { replacement, setIn, startsWith } from './set-in';

/** Validates a candidate with the zod schema; returns the parsed value or the message for `path`. */
function validate<T>(schema: z.ZodType<T>, candidate: unknown, path: Path): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues.find((i) => startsWith(i.path, path)) ?? result.error.issues[0];
  const where = startsWith(issue.path, path) ? '' : `${issue.path.join('.')}: `;
  return { ok: false, message: `${where}${issue.message}` };
}

/** True in the shared review: every panel part shows text, none an input. */
const ReadOnly = createContext(false);

/** The right-hand panel: edits the selection, or the design's requirements when nothing is selected. */
export function Inspector({ readOnly = false }: { readOnly?: boolean }) {
  const selection = useStudio((s) => s.selection);
  const design = useStudio((s) => s.design);
  const total = selection.nodes.length + selection.connections.length;
  const panel = useRef<HTMLElement>(null);
  const selected = [...selection.nodes, '|', ...selection.connections].join(' ');
  // Another selection starts at its top: the previous one's scroll position means nothing for it.
  useLayoutEffect(() => {
    if (panel.current) panel.current.scrollTop = 0;
  }, [selected]);
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
    <aside ref={panel} aria-label="Inspector" data-testid="inspector" className="h-full overflow-y-auto p-3" tabIndex={readOnly ? 0 : undefined}>
      <ReadOnly.Provider value={readOnly}>
        <fieldset disabled={readOnly} className="min-w-0">
          {body}
        </fieldset>
      </ReadOnly.Provider>
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

/** Groups shown open: a channel's own settings, and a connected service's broker settings (the others are not shown at all). */
const OPEN_GROUPS = new Set(['config', 'arguments', 'messageSchema']);
const OPEN_GROUPS_CONNECTED = new Set([...OPEN_GROUPS, 'kafka', 'rabbitmq', 'nats', 'sqs']);

/** A labelled value where the studio would show a choice; in the review, text. */
function ReadOnlyValue({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="mb-2 grid grid-cols-[minmax(0,45%)_minmax(0,1fr)] gap-2 text-[12px]" data-testid={testId} data-readonly="true">
      <div className="font-medium text-[var(--muted)]">{label}</div>
      <div className="min-w-0 break-words">{value}</div>
    </div>
  );
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
    store.getState().change((d) => updateNode(d, node.id, replacement(current, checked.value)), { coalesce: `${node.id}:${path.join('.')}` });
    return undefined;
  };
  const readOnly = useContext(ReadOnly);
  const clusters = design.clusters.filter((c) => (definition.clusterBrokers as readonly string[]).includes(c.broker));
  const shown = nodeFieldsShown(design, node.id);
  const cluster = design.clusters.find((c) => c.id === node.cluster);
  return (
    <div data-testid={`inspector.node.${node.id}`}>
      <Heading title={node.name} subtitle={`${KIND_LOOKS[node.kind].label} · id ${node.id}`} />
      {readOnly && clusters.length > 0 && <ReadOnlyValue label="Cluster" value={cluster ? `${cluster.name} (${cluster.broker})` : '—'} />}
      {shown.unconnected && !readOnly && (
        <p data-testid="inspector.unconnected-hint" className="mb-2 rounded-md bg-[var(--panel-2)] px-2 py-1.5 text-[12px] text-[var(--muted)]">
          Not connected to a channel yet: the settings of every broker are shown. Connect it and only that broker&apos;s remain.
        </p>
      )}
      {!readOnly && clusters.length > 0 && (
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
        skip={['kind', 'id', 'cluster', ...shown.hidden]}
        testIdPrefix="inspector.field"
        openGroups={shown.unconnected ? OPEN_GROUPS : OPEN_GROUPS_CONNECTED}
        effective={effectiveSettings(design, node.id)}
        scope={node.kind}
        readOnly={readOnly}
      />
      {!readOnly && <ConnectTo node={node} design={design} />}
      {!readOnly && <SelectionActions ids={[node.id]} />}
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
    store.getState().change((d) => updateConnection(d, connection.id, replacement(current, checked.value)), { coalesce: `${connection.id}:${path.join('.')}` });
    return undefined;
  };
  const readOnly = useContext(ReadOnly);
  const full = jsonSchemaOf(connectionSchema);
  const visible = connectionFieldsShown(connection, from?.kind, to?.kind);
  const schema: PropertySchema = { ...full, properties: Object.fromEntries(Object.entries(full.properties ?? {}).filter(([k]) => visible.includes(k))) };
  return (
    <div data-testid={`inspector.connection.${connection.id}`}>
      <Heading title={`${from?.name ?? connection.from} → ${to?.name ?? connection.to}`} subtitle={`${connection.kind} connection`} />
      {readOnly && <ReadOnlyValue label="Kind" value={connection.kind} testId="inspector.connection-kind" />}
      {!readOnly && kinds.length > 1 && (
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
      <SchemaForm schema={schema} value={connection as unknown as Record<string, unknown>} commit={commit} testIdPrefix="inspector.field" scope="connection" readOnly={readOnly} />
      {!readOnly && <SelectionActions ids={[]} connections={[connection.id]} />}
    </div>
  );
}

function MultiInspector({ count }: { count: number }) {
  const selection = useStudio((s) => s.selection);
  const readOnly = useContext(ReadOnly);
  return (
    <div>
      <Heading title={`${count} selected`} subtitle={readOnly ? 'Select one to see its settings.' : 'Drag to move them together; Delete removes them.'} />
      {!readOnly && <SelectionActions ids={selection.nodes} connections={selection.connections} />}
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
  const readOnly = useContext(ReadOnly);
  return (
    <div data-testid="inspector.design">
      <Heading title="Design" subtitle="Nothing selected: these apply to the whole design." />
      <div className="space-y-2">
        {readOnly && <ReadOnlyValue label="Notes" value={design.notes ?? '—'} />}
        <div className={readOnly ? 'hidden' : 'space-y-0.5'}>
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
        <SchemaForm schema={jsonSchemaOf(requirementsSchema)} value={design.requirements as unknown as Record<string, unknown>} commit={commitRequirements} testIdPrefix="inspector.requirements" scope="requirements" readOnly={readOnly} />
        <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Review</h3>
        <SchemaForm schema={jsonSchemaOf(reviewSettingsSchema)} value={design.review as unknown as Record<string, unknown>} commit={commitReview} testIdPrefix="inspector.review" scope="review" readOnly={readOnly} />
        <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Clusters</h3>
        {design.clusters.length === 0 && <p className="text-[12px] text-[var(--muted)]">A cluster is added when you place the first node of its broker.</p>}
        {design.clusters.map((cluster, index) => (
          <ClusterEditor key={cluster.id} index={index} cluster={cluster as unknown as Record<string, unknown>} />
        ))}
        <Button
          className={readOnly ? 'hidden' : undefined}
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
  const readOnly = useContext(ReadOnly);
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
        <SchemaForm schema={jsonSchemaOf(clusterSchema)} value={cluster} commit={commit} skip={['id']} testIdPrefix={`inspector.cluster-field.${index}`} scope="cluster" readOnly={readOnly} />
      </div>
    </details>
  );
}
