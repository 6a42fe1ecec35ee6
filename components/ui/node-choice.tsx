'use client';

import { useId, useMemo, useState } from 'react';
import { VIRTUALISE_ABOVE, VirtualList } from './virtual-list';

export interface Choice {
  value: string;
  label: string;
}

const OPTION_HEIGHT = 28;

/**
 * Choosing one node among the design's: a native select while the list is
 * short (the most accessible control there is), and past VIRTUALISE_ABOVE a
 * search box whose matches are listed virtualised, so a 10,000-node design
 * costs no 10,000 options. `value` '' is the "none chosen" entry.
 */
export function NodeChoice({
  choices,
  value,
  onChange,
  noneLabel,
  label,
  testId,
  className,
  id,
}: {
  choices: readonly Choice[];
  value: string;
  onChange(value: string): void;
  /** The entry for "none" (e.g. "All nodes", "Choose a node…"). */
  noneLabel: string;
  label: string;
  testId: string;
  className: string;
  id?: string;
}) {
  if (choices.length <= VIRTUALISE_ABOVE) {
    return (
      <select id={id} aria-label={label} className={className} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{noneLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  }
  return <SearchChoice choices={choices} value={value} onChange={onChange} noneLabel={noneLabel} label={label} testId={testId} className={className} id={id} />;
}

function SearchChoice({ choices, value, onChange, noneLabel, label, testId, className, id }: Parameters<typeof NodeChoice>[0]) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const chosen = choices.find((c) => c.value === value);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q === '' ? choices : choices.filter((c) => c.label.toLowerCase().includes(q) || c.value.toLowerCase().includes(q));
  }, [choices, query]);
  const pick = (next: string) => {
    onChange(next);
    setQuery('');
    setOpen(false);
  };
  return (
    <div className="relative">
      <input
        id={id}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        data-testid={testId}
        className={className}
        placeholder={chosen ? chosen.label : `${noneLabel} (${choices.length.toLocaleString('en')}) — type to search`}
        value={query}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'Enter' && matches.length > 0) pick(matches[0].value);
        }}
      />
      {open && (
        <div id={listId} role="listbox" aria-label={label} className="absolute right-0 z-30 mt-1 w-[320px] rounded-md border border-[var(--border)] bg-[var(--panel)] shadow-lg">
          <button type="button" role="option" aria-selected={value === ''} className="block h-7 w-full truncate px-2 text-left text-[12px] hover:bg-[var(--panel-2)]" onMouseDown={() => pick('')}>
            {noneLabel}
          </button>
          <VirtualList
            items={matches}
            rowHeight={OPTION_HEIGHT}
            className="max-h-[280px] overflow-y-auto"
            testId={`${testId}.options`}
            empty={<li className="px-2 py-1 text-[12px] text-[var(--muted)]">No node matches “{query}”.</li>}
            row={(c, _, style) => (
              <li key={c.value} style={style ?? { height: OPTION_HEIGHT }} className="list-none">
                <button
                  type="button"
                  role="option"
                  aria-selected={c.value === value}
                  className="block h-full w-full truncate px-2 text-left text-[12px] hover:bg-[var(--panel-2)]"
                  title={c.label}
                  onMouseDown={() => pick(c.value)}
                >
                  {c.label}
                </button>
              </li>
            )}
          />
        </div>
      )}
    </div>
  );
}
