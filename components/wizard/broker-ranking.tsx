'use client';

import type { BrokerRanking } from '@/lib/advisor';
import type { Broker } from '@/lib/design';

const VERDICT = {
  good: { icon: '✓', color: 'var(--ok)', label: 'good' },
  ok: { icon: '•', color: 'var(--muted)', label: 'acceptable' },
  poor: { icon: '✕', color: 'var(--error)', label: 'poor' },
} as const;

/** The advisor's ranking: every broker with its reasons; choosing one selects it for the generated design. */
export function BrokerRankingList({ ranking, selected, onSelect }: { ranking: BrokerRanking[]; selected: Broker; onSelect(broker: Broker): void }) {
  return (
    <ol className="space-y-1.5" data-testid="wizard.ranking">
      {ranking.map((r, index) => {
        const open = r.broker === selected;
        return (
          <li key={r.broker} data-testid={`wizard.rank.${r.broker}`} data-rank={index + 1} className={`rounded-md border ${open ? 'border-[var(--accent)]' : 'border-[var(--border)]'}`}>
            <button type="button" onClick={() => onSelect(r.broker)} className="flex w-full items-center gap-2 px-2.5 py-1.5 text-left" aria-expanded={open}>
              <span className="w-4 text-[12px] text-[var(--muted)]">{index + 1}</span>
              <span className="text-[13px] font-semibold">{r.label}</span>
              {index === 0 && <span className="rounded bg-[var(--accent)] px-1.5 text-[10.5px] font-semibold text-[var(--on-accent)]">Recommended</span>}
              <span className="ml-auto text-[11.5px] text-[var(--muted)]">
                {r.reasons.filter((x) => x.verdict === 'good').length} strengths · {r.reasons.filter((x) => x.verdict === 'poor').length} concerns
              </span>
            </button>
            {open && (
              <ul className="space-y-0.5 border-t border-[var(--border)] px-2.5 py-1.5">
                {r.reasons.map((reason) => (
                  <li key={reason.aspect} className="flex gap-2 text-[12px]" data-testid={`wizard.reason.${reason.aspect}`} data-verdict={reason.verdict}>
                    <span aria-label={VERDICT[reason.verdict].label} style={{ color: VERDICT[reason.verdict].color }} className="w-3 shrink-0 text-center font-bold">
                      {VERDICT[reason.verdict].icon}
                    </span>
                    <span>
                      <span className="font-medium capitalize">{reason.aspect}:</span> {reason.text}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
