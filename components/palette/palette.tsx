'use client';

import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { addNode, KIND_GROUPS, KINDS, type NodeKind } from '@/lib/design';
import { findFreeSpot } from '@/lib/layout/free-spot';
import { estimatedNodeSize, NODE_HEIGHT, NODE_WIDTH } from '@/lib/layout/node-size';
import { shownPositions } from '@/lib/layout/on-demand';
import { PALETTE_MIME } from '../canvas/use-canvas-drop';
import { allInView, visibleCentre } from '../canvas/view-geometry';
import { KIND_LOOKS } from '../canvas/node-types';
import { useStudioStore } from '../studio/store-context';

/** Every kind, grouped by broker, searchable; drag onto the canvas or click to add it in free space at the centre of the view. */
export function Palette() {
  const [query, setQuery] = useState('');
  const store = useStudioStore();
  const flow = useReactFlow();
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return KIND_GROUPS.map((g) => ({
      ...g,
      kinds: g.kinds.filter((k) => {
        const def = KINDS.find((d) => d.kind === k)!;
        return !q || `${g.title} ${def.label} ${def.description}`.toLowerCase().includes(q);
      }),
    })).filter((g) => g.kinds.length > 0);
  }, [query]);

  // A click adds the node in the free space nearest the centre of the view, never on top of another.
  function addAtCentre(kind: NodeKind) {
    const centre = visibleCentre(flow);
    let id = '';
    store.getState().change((d) => {
      // What the canvas shows is what is occupied (a node still waiting for the layout engine is not shown).
      const positions = shownPositions(d) ?? d.layout ?? {};
      const occupied = d.nodes.filter((n) => positions[n.id]).map((n) => ({ ...positions[n.id], ...estimatedNodeSize(n) }));
      const spot = findFreeSpot({ x: Math.round((centre.x - NODE_WIDTH / 2) / 16) * 16, y: Math.round((centre.y - NODE_HEIGHT / 2) / 16) * 16 }, { width: NODE_WIDTH, height: NODE_HEIGHT }, occupied);
      const added = addNode(d, kind, { position: spot });
      id = added.id;
      return added.design;
    });
    store.getState().select({ nodes: [id], connections: [] });
    if (!allInView(flow, [{ ...store.getState().design.layout![id], width: NODE_WIDTH, height: NODE_HEIGHT }])) store.getState().requestFit();
  }

  return (
    <nav aria-label="Palette" className="flex h-full flex-col gap-2 overflow-y-auto p-3">
      <input
        type="search"
        data-testid="palette.search"
        aria-label="Search components"
        placeholder="Search components…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="h-8 rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 text-[13px]"
      />
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3 className="mb-1 mt-2 text-[11px] font-semibold uppercase tracking-wider text-[var(--muted)]">{group.title}</h3>
          <ul className="space-y-1">
            {group.kinds.map((kind) => (
              <PaletteItem key={kind} kind={kind} onAdd={addAtCentre} />
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p className="text-[12px] text-[var(--muted)]">Nothing matches “{query}”.</p>}
    </nav>
  );
}

/** One kind: dragged onto the canvas it is added where it is dropped (use-canvas-drop.ts); clicked, it is added by `onAdd`. */
function PaletteItem({ kind, onAdd }: { kind: NodeKind; onAdd(kind: NodeKind): void }) {
  const look = KIND_LOOKS[kind];
  const def = KINDS.find((d) => d.kind === kind)!;
  return (
    <li>
      <button
        type="button"
        draggable
        data-testid={`palette.item.${kind}`}
        title={`${def.description} Drag onto the canvas, or click to add.`}
        onDragStart={(e) => {
          e.dataTransfer.setData(PALETTE_MIME, kind);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => onAdd(kind)}
        className={`flex w-full cursor-grab items-center gap-2 border border-[var(--border)] bg-[var(--panel)] px-2 py-1.5 text-left hover:border-[var(--accent)] ${
          look.shape === 'service' ? 'rounded-full' : 'rounded-md'
        }`}
        style={{ borderLeft: `4px solid ${look.color}` }}
      >
        <span aria-hidden style={{ color: look.color }}>
          {look.icon}
        </span>
        <span className="text-[13px]">{def.label}</span>
      </button>
    </li>
  );
}
