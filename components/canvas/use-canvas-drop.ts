'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import { addNode, type NodeKind } from '@/lib/design';
import { useStudioStore } from '../studio/store-context';

/** The drag data type the palette puts a node kind under. */
export const PALETTE_MIME = 'application/x-queuewright-kind';

/**
 * Drops on the canvas: a palette kind adds that node where it was dropped (snapped to the grid)
 * and selects it; files are opened. `fileOver` says a file is being dragged over the canvas.
 */
export function useCanvasDrop(onOpenFiles: (files: FileList) => void, readOnly: boolean) {
  const store = useStudioStore();
  const flow = useReactFlow();
  // Enter and leave fire for each child the drag crosses: the overlay goes when the last one is left.
  const dragDepth = useRef(0);
  const [fileOver, setFileOver] = useState(false);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes('Files')) {
      dragDepth.current++;
      setFileOver(true);
    }
  }, []);
  const onDragLeave = useCallback(() => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setFileOver(false);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = event.dataTransfer.types.includes('Files') ? 'copy' : 'move';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      dragDepth.current = 0;
      setFileOver(false);
      if (event.dataTransfer.files.length > 0) {
        onOpenFiles(event.dataTransfer.files);
        return;
      }
      const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!kind || readOnly) return;
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const snapped = { x: Math.round((position.x - 120) / 16) * 16, y: Math.round((position.y - 30) / 16) * 16 };
      let id = '';
      store.getState().change((d) => {
        const added = addNode(d, kind, { position: snapped });
        id = added.id;
        return added.design;
      });
      store.getState().select({ nodes: [id], connections: [] });
    },
    [flow, onOpenFiles, readOnly, store],
  );

  return { fileOver, onDragEnter, onDragLeave, onDragOver, onDrop };
}
