import type { NodeTypes } from '@xyflow/react';
import { createElement, memo } from 'react';
import { KINDS, type NodeKind } from '@/lib/design';
import { BaseNode, type DesignNodeProps, type KindLook } from './nodes/base-node';
import { KindIcon } from './nodes/kind-icon';

/**
 * How each kind looks, derived from its definition in lib/design/kinds: a new
 * kind appears on the canvas, in the palette and on the minimap without an
 * edit here.
 */
export const KIND_LOOKS = Object.fromEntries(KINDS.map((k) => [k.kind, { label: k.label, color: k.look.color, shape: k.look.shape, icon: createElement(KindIcon, { paths: k.look.icon }) }])) as Record<
  NodeKind,
  KindLook
>;

/** One memoised component draws every kind; the look comes from the node's kind. */
const DesignNodeView = memo(function DesignNodeView({ data }: DesignNodeProps) {
  return createElement(BaseNode, { data, look: KIND_LOOKS[data.node.kind] });
});

/** React Flow node components by kind; at module scope so React Flow never sees a new object. */
export const NODE_TYPES: NodeTypes = Object.fromEntries(KINDS.map((k) => [k.kind, DesignNodeView]));
