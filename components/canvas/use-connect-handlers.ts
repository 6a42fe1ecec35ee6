'use client';

import type { IsValidConnection, OnConnectEnd } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { checkConnection, connect } from '@/lib/design';
import { useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';

/**
 * Drawing a connection: which drops are valid, connecting on a handle or on a node's body (or a
 * toast saying why not), and whether a connection is being drawn (the canvas's `is-connecting`).
 */
export function useConnectHandlers() {
  const store = useStudioStore();
  const toasts = useToasts();
  const [connecting, setConnecting] = useState(false);

  const isValidConnection: IsValidConnection = useCallback((c) => checkConnection(store.getState().design, c.source, c.target).ok, [store]);

  const connectNodes = useCallback(
    (from: string, to: string) => {
      const result = connect(store.getState().design, from, to);
      if (result.ok) store.getState().change(() => result.design);
      else toasts.push('error', result.reason);
    },
    [store, toasts],
  );

  const onConnect = useCallback((c: { source: string; target: string }) => connectNodes(c.source, c.target), [connectNodes]);
  const onConnectStart = useCallback(() => setConnecting(true), []);

  // Dropping a connection on a node's body (not only its handle) connects too, or says why not.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      setConnecting(false);
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = (document.elementFromPoint(point.clientX, point.clientY) as HTMLElement | null)?.closest('.react-flow__node');
      const targetId = target?.getAttribute('data-id');
      if (!targetId || targetId === state.fromNode.id) return;
      connectNodes(state.fromNode.id, targetId);
    },
    [connectNodes],
  );

  return { connecting, isValidConnection, onConnect, onConnectStart, onConnectEnd };
}
