import type { ReactNode } from 'react';
import type { Exporter } from '@/lib/exporters';

/**
 * A small syntax highlighter for the export preview: comments, keys, strings,
 * numbers and literals. It builds React elements (never HTML), so names with
 * markup in them stay text.
 */
const TOKEN = /(#.*$|\/\/.*$)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(\s*:)?|(\b-?\d+(?:\.\d+)?\b)|(\b(?:true|false|null)\b)|(^\s*-?\s*[\w.\-/]+(?=\s*[:=]))/gm;

const STYLE = {
  comment: 'text-[var(--muted)] italic',
  key: 'text-[var(--accent)]',
  string: 'text-[#2b8a3e] dark:text-[#8ce99a]',
  number: 'text-[#b35c00] dark:text-[#ffc078]',
  literal: 'text-[#862e9c] dark:text-[#e599f7]',
} as const;

export const MAX_HIGHLIGHT_CHARS = 200_000;

export function highlight(text: string, language: Exporter['language']): ReactNode[] {
  if (text.length > MAX_HIGHLIGHT_CHARS || language === 'text' || language === 'markdown') return [text];
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const [whole, comment, string, colon, number, literal, key] = match;
    const kind = comment && language !== 'json' ? 'comment' : string ? (colon ? 'key' : 'string') : number ? 'number' : literal ? 'literal' : key ? 'key' : undefined;
    out.push(
      kind ? (
        <span key={i++} className={STYLE[kind]}>
          {whole}
        </span>
      ) : (
        whole
      ),
    );
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
