import type { KindIcon as KindIconPaths } from '@/lib/design/kinds/icon';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A kind's 16×16 line icon (path data from its definition), so kinds differ by shape and not only by colour. */
export function KindIcon({ paths }: { paths: KindIconPaths }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}>
      {paths.map((d, i) => (
        <path key={i} d={d} />
      ))}
    </svg>
  );
}
