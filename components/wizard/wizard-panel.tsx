'use client';

import { useMemo, useState } from 'react';
import { messagingRequest, type MessagingRequest } from '@/lib/advisor';
import type { Broker, Design } from '@/lib/design';
import { generateStartingDesign, rankBrokers } from '@/lib/families';
import { reviewDesign } from '@/lib/rules/review';
import { Button } from '../ui/button';
import { BrokerRankingList } from './broker-ranking';
import { WizardForm, type WizardDraft } from './wizard-form';

const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);

function requestOf(draft: WizardDraft): MessagingRequest {
  return messagingRequest({ ...draft, events: split(draft.events), producers: split(draft.producers), consumers: split(draft.consumers) });
}

const INITIAL: WizardDraft = { ...messagingRequest({ useCase: 'order events' }), events: '', producers: '', consumers: '' };

/**
 * The requirements wizard: the request on the left, the advisor's ranking with
 * reasons on the right, and a starting design for the chosen broker with its
 * score, generated onto the canvas on request.
 */
export function WizardPanel({ onGenerate }: { onGenerate(design: Design, broker: string): void }) {
  const [draft, setDraft] = useState<WizardDraft>(INITIAL);
  const request = useMemo(() => requestOf(draft), [draft]);
  const ranking = useMemo(() => rankBrokers(request), [request]);
  const [chosen, setChosen] = useState<Broker | null>(null);
  // Follow the recommendation until the user picks a broker themselves.
  const selected = chosen ?? ranking[0].broker;
  const generated = useMemo(() => {
    const design = generateStartingDesign(request, selected);
    return { design, score: reviewDesign(design).score.overall };
  }, [request, selected]);
  const label = ranking.find((r) => r.broker === selected)!.label;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)] gap-4" data-testid="wizard">
      <section aria-label="Requirements">
        <WizardForm draft={draft} onChange={setDraft} />
      </section>
      <section aria-label="Recommendation" className="flex min-w-0 flex-col gap-2">
        <h3 className="text-[13px] font-semibold">Brokers, best first</h3>
        <BrokerRankingList ranking={ranking} selected={selected} onSelect={setChosen} />
        <div className="mt-1 rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2.5 text-[12.5px]" data-testid="wizard.preview">
          <div>
            Starting design on <strong>{label}</strong>: {generated.design.nodes.length} nodes, {generated.design.connections.length} connections, review score{' '}
            <strong data-testid="wizard.preview.score">{generated.score}</strong>.
          </div>
          <div className="mt-2 flex justify-end">
            <Button variant="primary" data-testid="wizard.generate" onClick={() => onGenerate(generated.design, label)}>
              Generate on the canvas
            </Button>
          </div>
        </div>
      </section>
    </div>
  );
}
