'use client';

import { useStore } from '@xyflow/react';
import { memo, useEffect, type RefObject } from 'react';

/** Below this zoom a node's facts are too small to read: the node shows its name alone, large. */
export const FAR_ZOOM = 0.5;

/**
 * Tells the canvas's CSS the zoom (`--qw-zoom`) and whether it is zoomed out
 * far (`qw-far`), so that a fitted overview of a long pipeline still shows
 * readable names: the nodes themselves do not re-render while zooming.
 */
export const ZoomScale = memo(function ZoomScale({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const zoom = useStore((s) => s.transform[2]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    element.style.setProperty('--qw-zoom', String(zoom));
    element.classList.toggle('qw-far', zoom < FAR_ZOOM);
  }, [zoom, container]);
  return null;
});
