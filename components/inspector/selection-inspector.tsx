'use client';

import { useContext, useMemo } from 'react';
import type { z } from 'zod';
import {
  allowedConnectionKinds,
  checkConnection,
  connect,
  connectionSchema,
  duplicate,
  kindDefinition,
  removeElements,
  updateConnection,
  updateNode,
  idFollowsName,
  type Connection,
  type Design,
  type DesignNode,
} from '@/lib/design';
import { resolveDesign, settingSources } from '@/lib/brokers/resolve';
import { describeDesignFields } from '@/lib/design/design-field-descriptions';
import { fieldLabel } from '@/lib/design/field-labels';
import { connectionFieldsShown, nodeFieldsShown } from '@/lib/design/relevant-fields';
import { KIND_LOOKS } from '../canvas/node-types';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { NodeChoice } from '../ui/node-choice';
import { checkedEdit } from './checked-edit';
import { Heading, ReadOnly, ReadOnlyValue } from './inspector-parts';
import { jsonSchemaOf, type PropertySchema } from './json-schema-of';
import { SchemaForm, type Commit, type EffectiveOf } from './schema-form';

// Every node and connection field's description, before any form is made from their schemas: this
// panel loads when something is first selected, and the descriptions with it, not with the page.
describeDesignFields();
import { replacement } from './set-in';

/**
 * The inspector of a selection: one node, one connection, or several. Loaded
 * when something is first selected (the studio opens with nothing selected),
 * with the node kinds' labels and the editors it uses.
 */

/** Groups shown open: a channel's own settings, and a connected service's broker settings (the others are not shown at all). */
const OPEN_GROUPS = new Set(['config', 'arguments', 'messageSchema']);
const OPEN_GROUPS_CONNECTED = new Set([...OPEN_GROUPS, 'kafka', 'rabbitmq', 'nats', 'sqs']);

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

export function NodeInspector({ node, design }: { node: DesignNode; design: Design }) {
  const store = useStudioStore();
  const definition = kindDefinition(node.kind)!;
  const schema: z.ZodType<DesignNode> = definition.schema;
  const commit: Commit = (path, value, discrete) => {
    const current = store.getState().design.nodes.find((n) => n.id === node.id);
    if (!current) return undefined;
    const checked = checkedEdit(schema, current, path, value);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateNode(d, node.id, replacement(current, checked.value)), { coalesce: discrete ? undefined : `${node.id}:${path.join('.')}` });
    return undefined;
  };
  const readOnly = useContext(ReadOnly);
  const clusters = design.clusters.filter((c) => (definition.clusterBrokers as readonly string[]).includes(c.broker));
  const shown = nodeFieldsShown(design, node.id);
  const cluster = design.clusters.find((c) => c.id === node.cluster);
  return (
    <div
      data-testid={`inspector.node.${node.id}`}
      // The name is saved keystroke by keystroke; its id follows once the edit ends (lib/design/node-id.ts), in the same undo step.
      onBlurCapture={(e) => {
        if ((e.target as HTMLElement).dataset.testid !== 'inspector.field.name') return;
        store.getState().change(
          (d) => {
            const moved = idFollowsName(d, node.id);
            return moved.ok ? moved.design : d;
          },
          { coalesce: `${node.id}:name` },
        );
      }}
    >
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
        value={node}
        commit={commit}
        skip={['kind', 'id', 'cluster', ...shown.hidden]}
        testIdPrefix="inspector.field"
        openGroups={shown.unconnected ? OPEN_GROUPS : OPEN_GROUPS_CONNECTED}
        effective={effectiveSettings(design, node.id)}
        labelOf={(path) => fieldLabel(node.kind, path)}
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

export function ConnectionInspector({ connection, design }: { connection: Connection; design: Design }) {
  const store = useStudioStore();
  const from = design.nodes.find((n) => n.id === connection.from);
  const to = design.nodes.find((n) => n.id === connection.to);
  const kinds = from && to ? allowedConnectionKinds(from.kind, to.kind) : [connection.kind];
  const commit: Commit = (path, value, discrete) => {
    const current = store.getState().design.connections.find((c) => c.id === connection.id);
    if (!current) return undefined;
    const checked = checkedEdit(connectionSchema, current, path, value);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateConnection(d, connection.id, replacement(current, checked.value)), { coalesce: discrete ? undefined : `${connection.id}:${path.join('.')}` });
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
      <SchemaForm schema={schema} value={connection} commit={commit} testIdPrefix="inspector.field" labelOf={(path) => fieldLabel('connection', path)} readOnly={readOnly} />
      {!readOnly && <SelectionActions ids={[]} connections={[connection.id]} />}
    </div>
  );
}

export function MultiInspector({ count }: { count: number }) {
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
