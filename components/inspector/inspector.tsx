'use client';

import dynamic from 'next/dynamic';
import { startTransition, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Selection } from '@/lib/store/studio-store';
import { clusterFieldsHidden, clusterSchema, requirementsSchema, reviewSettingsSchema, uniqueId, updateDesign, type Cluster, type Design } from '@/lib/design';
import { designFieldLabel } from '@/lib/design/design-field-labels';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { checkedEdit } from './checked-edit';
import { Heading, ReadOnly, ReadOnlyValue } from './inspector-parts';
import { jsonSchemaOf } from './json-schema-of';
import { SchemaForm, type Commit } from './schema-form';

// What a selection shows loads on the first selection: the studio opens with nothing selected.
const NodeInspector = dynamic(() => import('./selection-inspector').then((m) => m.NodeInspector), { ssr: false });
const ConnectionInspector = dynamic(() => import('./selection-inspector').then((m) => m.ConnectionInspector), { ssr: false });
const MultiInspector = dynamic(() => import('./selection-inspector').then((m) => m.MultiInspector), { ssr: false });

/** The right-hand panel: edits the selection, or the design's requirements when nothing is selected. */
export function Inspector({ readOnly = false }: { readOnly?: boolean }) {
  const selection = useSelectionAfterDrags();
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

/**
 * The store's selection, except that one a node drag makes (dragging a node selects it) is shown
 * only after the drag, in a transition: a node's form is hundreds of components, and rendering it
 * at the first move made that move's frame the drag's longest, holding back the moves after it
 * (and at the drop, the drop's). A click still shows its selection at once.
 */
function useSelectionAfterDrags(): Selection {
  const selection = useStudio((s) => s.selection);
  const dragging = useStudio((s) => s.draggingNodes);
  const [shown, setShown] = useState(selection);
  const [heldByDrag, setHeldByDrag] = useState(dragging);
  // Adjusting state while rendering (react.dev, "storing information from previous renders"): no extra commit.
  if (dragging && !heldByDrag) setHeldByDrag(true);
  else if (!dragging && !heldByDrag && shown !== selection) setShown(selection);
  useEffect(() => {
    if (!dragging && heldByDrag)
      startTransition(() => {
        setShown(selection);
        setHeldByDrag(false);
      });
  }, [dragging, heldByDrag, selection]);
  return dragging || heldByDrag ? shown : selection;
}

/** A group whose content is made only once opened: the design's rarely used settings stay out of the first screen. */
function LazyDetails({ summary, children, className, testId }: { summary: ReactNode; children: ReactNode; className?: string; testId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      {summary}
      {open && children}
    </details>
  );
}

function DesignInspector({ design }: { design: Design }) {
  const store = useStudioStore();
  const commitRequirements: Commit = (path, value, discrete) => {
    const checked = checkedEdit(requirementsSchema, store.getState().design.requirements, path, value);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateDesign(d, { requirements: checked.value }), { coalesce: discrete ? undefined : `requirements:${path.join('.')}` });
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
        <SchemaForm
          schema={jsonSchemaOf(requirementsSchema)}
          value={design.requirements}
          commit={commitRequirements}
          testIdPrefix="inspector.requirements"
          labelOf={(path) => designFieldLabel('requirements', path)}
          readOnly={readOnly}
        />
        <ReviewSettings design={design} />
        <Clusters design={design} />
      </div>
    </div>
  );
}

/** The design's review settings: the preset up front, the per-rule overrides made only once opened. */
function ReviewSettings({ design }: { design: Design }) {
  const store = useStudioStore();
  const readOnly = useContext(ReadOnly);
  const commitReview: Commit = (path, value, discrete) => {
    const checked = checkedEdit(reviewSettingsSchema, store.getState().design.review, path, value);
    if (!checked.ok) return checked.message;
    store.getState().change((d) => updateDesign(d, { review: checked.value }), { coalesce: discrete ? undefined : `review:${path.join('.')}` });
    return undefined;
  };
  return (
    <>
      <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Review</h3>
      <SchemaForm
        schema={jsonSchemaOf(reviewSettingsSchema)}
        value={design.review}
        commit={commitReview}
        skip={['overrides']}
        testIdPrefix="inspector.review"
        labelOf={(path) => designFieldLabel('review', path)}
        readOnly={readOnly}
      />
      <LazyDetails
        className="rounded-md border border-[var(--border)] px-2 py-1"
        testId="inspector.review.overrides.group"
        summary={
          <summary className="cursor-pointer select-none py-0.5 text-[12px] font-semibold">
            {designFieldLabel('review', ['overrides'])} <span className="font-normal text-[var(--muted)]">· {Object.keys(design.review.overrides).length}</span>
          </summary>
        }
      >
        <div className="pb-1 pt-1.5">
          <SchemaForm
            schema={jsonSchemaOf(reviewSettingsSchema)}
            value={design.review}
            commit={commitReview}
            skip={['preset']}
            testIdPrefix="inspector.review"
            labelOf={(path) => designFieldLabel('review', path)}
            readOnly={readOnly}
          />
        </div>
      </LazyDetails>
    </>
  );
}

/** The design's clusters, each edited on its own, and a button to add one. */
function Clusters({ design }: { design: Design }) {
  const store = useStudioStore();
  const readOnly = useContext(ReadOnly);
  return (
    <>
      <h3 className="pt-2 text-[12px] font-semibold uppercase tracking-wider text-[var(--muted)]">Clusters</h3>
      {design.clusters.length === 0 && <p className="text-[12px] text-[var(--muted)]">A cluster is added when you place the first node of its broker.</p>}
      {design.clusters.map((cluster, index) => (
        <ClusterEditor key={cluster.id} index={index} cluster={cluster} />
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
    </>
  );
}

function ClusterEditor({ index, cluster }: { index: number; cluster: Cluster }) {
  const store = useStudioStore();
  const readOnly = useContext(ReadOnly);
  const commit: Commit = (path, value, discrete) => {
    const checked = checkedEdit(clusterSchema, cluster, path, value);
    if (!checked.ok) return checked.message;
    store
      .getState()
      .change((d) => updateDesign(d, { clusters: d.clusters.map((c, i) => (i === index ? checked.value : c)) }), { coalesce: discrete ? undefined : `cluster:${index}:${path.join('.')}` });
    return undefined;
  };
  return (
    <LazyDetails
      className="rounded-md border border-[var(--border)] px-2 py-1"
      testId={`inspector.cluster.${cluster.id}`}
      summary={
        <summary className="cursor-pointer py-0.5 text-[12.5px] font-semibold">
          {cluster.name} <span className="font-normal text-[var(--muted)]">· {cluster.broker}</span>
        </summary>
      }
    >
      <div className="pt-1.5">
        <SchemaForm
          schema={jsonSchemaOf(clusterSchema)}
          value={cluster}
          commit={commit}
          skip={['id', ...clusterFieldsHidden(cluster)]}
          testIdPrefix={`inspector.cluster-field.${index}`}
          labelOf={(path) => designFieldLabel('cluster', path)}
          readOnly={readOnly}
        />
      </div>
    </LazyDetails>
  );
}
