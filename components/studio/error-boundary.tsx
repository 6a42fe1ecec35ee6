'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { writeDesignJson } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';
import { download } from '../ui/download';
import { AUTOSAVE_KEY } from './autosave';

interface State {
  error?: Error;
}

/**
 * When a part of the studio crashes, the work must not go with it: this
 * screen offers the design as a file (from memory, or the autosave if memory
 * is what broke) and a way back.
 */
export class StudioErrorBoundary extends Component<{ store: StudioStore; children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Queuewright crashed', error, info.componentStack);
  }

  private designText(): string {
    try {
      return writeDesignJson(this.props.store.getState().design);
    } catch {
      return localStorage.getItem(AUTOSAVE_KEY) ?? '{}';
    }
  }

  private download = () => download('recovered.queuewright.json', this.designText());

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" data-testid="crash" className="flex h-screen items-center justify-center p-6">
        <div className="max-w-[520px] rounded-xl border border-[var(--border)] bg-[var(--panel)] p-6 shadow">
          <h1 className="text-[18px] font-semibold">Something in the studio broke</h1>
          <p className="mt-2 text-[13.5px]">
            Your design is safe: it is autosaved in this browser, and you can download it now. Reloading usually brings the studio back with your work.
          </p>
          <pre className="mt-3 max-h-[120px] overflow-auto rounded bg-[var(--panel-2)] p-2 text-[12px]">{this.state.error.message}</pre>
          <div className="mt-4 flex gap-2">
            <button type="button" data-testid="crash.download" onClick={this.download} className="rounded-md bg-[var(--accent)] px-3 py-1.5 text-[13px] font-medium text-[var(--on-accent)]">
              Download my design
            </button>
            <button type="button" onClick={() => location.reload()} className="rounded-md border border-[var(--border)] px-3 py-1.5 text-[13px]">
              Reload the studio
            </button>
          </div>
        </div>
      </div>
    );
  }
}
