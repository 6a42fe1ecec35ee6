import type { ReactNode } from 'react';

/** What the canvas shows before the first node: how to begin, and the extra ways to (templates, the wizard). */
export function EmptyState({ actions }: { actions?: ReactNode }) {
  return (
    <>
      <div data-testid="canvas.empty" className={`pointer-events-none absolute inset-0 flex justify-center ${actions ? 'items-start pt-[6%]' : 'items-center'}`}>
        <div className="max-w-[440px] rounded-xl border border-dashed border-[var(--border)] bg-[var(--panel)]/90 p-6 text-center shadow-sm">
          <div className="text-[16px] font-semibold">Start your design</div>
          {/* On a short window the template gallery below needs the room: the steps give way, the heading and one line stay. */}
          <ol className={`mt-3 space-y-1.5 text-left text-[13px] text-[var(--muted)] ${actions ? '[@media(max-height:820px)]:hidden' : ''}`}>
            <li>1. Drag a producer, a topic or queue, and a consumer group from the palette on the left (or click one to add it).</li>
            <li>2. Connect them: drag from the dot on a node&apos;s right edge to the next node.</li>
            <li>3. Select a node to edit it on the right; the review scores the design as you go.</li>
          </ol>
          <div className={`mt-3 text-[12px] text-[var(--muted)] ${actions ? '[@media(max-height:820px)]:hidden' : ''}`}>
            Or drop a design file, AsyncAPI document or RabbitMQ definitions.json here.
          </div>
          {actions && <div className="mt-2 hidden text-[13px] text-[var(--muted)] [@media(max-height:820px)]:block">Drag from the palette, start from a template below, or drop a file here.</div>}
        </div>
      </div>
      {/* Docked at the bottom, away from where people drop their first node. */}
      {actions && <div className="absolute inset-x-3 bottom-3 z-10">{actions}</div>}
    </>
  );
}
