'use client';

import { useEffect, useRef, useState } from 'react';
import { nameSchema, renameNode, type DesignNode } from '@/lib/design';
import { useStudioStore } from '../../studio/store-context';

/**
 * A node's name, edited in place (double-click, F2): Enter or leaving the
 * field keeps it as one undo step, Escape keeps the old name. A name the
 * design cannot take (empty, too long) is not kept, and the field says why.
 */
export function RenameField({ node }: { node: DesignNode }) {
  const store = useStudioStore();
  const [value, setValue] = useState(node.name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const checked = nameSchema.safeParse(value.trim());
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    let id = node.id;
    if (keep && checked.success && checked.data !== node.name) {
      // The id follows the name unless pinned (lib/design/node-id.ts); the store keeps the node selected under its new id.
      store.getState().change((d) => {
        const renamed = renameNode(d, node.id, checked.data);
        if (!renamed.ok) return d;
        id = renamed.id;
        return renamed.design;
      });
    }
    store.getState().rename(null);
    // Back to the canvas, so that the keyboard keeps working on the selection.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  };
  return (
    <input
      ref={input}
      aria-label={`Name of ${node.name}`}
      aria-invalid={!checked.success}
      title={checked.success ? 'Enter keeps the name, Escape keeps the old one' : checked.error.issues[0]?.message}
      data-testid={`canvas.node.${node.id}.rename`}
      className="rename-field nodrag nopan nowheel my-0.5 w-full rounded border bg-[var(--panel)] px-1 text-[16px] font-semibold leading-snug text-[var(--text)]"
      style={{ borderColor: checked.success ? 'var(--accent)' : 'var(--error)' }}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
