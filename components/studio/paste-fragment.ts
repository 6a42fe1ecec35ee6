'use client';

import { insertFragment, type Fragment, type Position } from '@/lib/design';
import { estimatedNodeSize } from '@/lib/layout/node-size';
import { loadLayoutEngine } from '@/lib/layout/on-demand';
import type { StudioStore } from '@/lib/store/studio-store';

/**
 * Puts a fragment (pasted, duplicated) into the design as one undo step, in
 * free space near `wanted`, with names made unique, and selects it. Returns
 * the boxes it landed in, so the caller can bring them into view.
 */
export async function pasteFragment(store: StudioStore, fragment: Fragment, wanted: Position): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
  const { placeFragment } = await loadLayoutEngine();
  let ids: string[] = [];
  let boxes: Array<{ x: number; y: number; width: number; height: number }> = [];
  store.getState().change((design) => {
    const placed = placeFragment(design, fragment, wanted);
    const result = insertFragment(design, placed.fragment, placed.offset);
    ids = result.ids;
    boxes = result.ids.map((id) => ({ ...result.design.layout![id], ...estimatedNodeSize(result.design.nodes.find((n) => n.id === id)!) }));
    return result.design;
  });
  store.getState().select({ nodes: ids, connections: [] });
  return boxes;
}
