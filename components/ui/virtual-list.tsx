'use client';

import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** Up to this many rows a list is rendered whole (the browser's find, and every row for assistive tech); past it, only what shows. */
export const VIRTUALISE_ABOVE = 200;

/**
 * A scrolling list of fixed-height rows that puts in the page only the rows
 * in view (and a few around them): 30,000 findings cost what 30 do. Short
 * lists are rendered whole. `row` gets the style that places it; it must
 * render one element of exactly `rowHeight` pixels.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  row,
  empty,
  className = '',
  testId,
  label,
}: {
  items: readonly T[];
  rowHeight: number;
  row(item: T, index: number, style: CSSProperties | undefined): ReactNode;
  /** Shown when there are no items. */
  empty?: ReactNode;
  className?: string;
  testId?: string;
  label?: string;
}) {
  const box = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const virtual = items.length > VIRTUALISE_ABOVE;

  useEffect(() => {
    const element = box.current;
    if (!virtual || !element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight || 600 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [virtual]);

  if (items.length === 0) {
    return (
      <ul className={className} data-testid={testId} aria-label={label}>
        {empty}
      </ul>
    );
  }
  if (!virtual) {
    return (
      <ul className={className} data-testid={testId} aria-label={label}>
        {items.map((item, i) => row(item, i, undefined))}
      </ul>
    );
  }
  const overscan = 8;
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) rows.push(row(items[i], i, { position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }));
  return (
    <ul ref={box} className={`relative ${className}`} data-testid={testId} data-virtual="true" data-rows={items.length} aria-label={label} aria-rowcount={items.length}>
      <li aria-hidden style={{ height: items.length * rowHeight, listStyle: 'none' }} />
      {rows}
    </ul>
  );
}
