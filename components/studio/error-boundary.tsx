'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { writeDesignJson } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';
import { download } from '../ui/download';
import { AUTOSAVE_KEY, autosaveHolds } from './autosave';

interface State {
  error?: Error;
  /** Whether the browser's autosave holds the design as it was at the crash (known a moment after it). */
  saved?: boolean;
}

/**
 * When a part of the studio crashes, the work must not go with it: this
 * screen offers the design as a file (from memory, or the autosave if memory
 * is what broke) and a way back. It says the design is safe only once it has
 * checked that the autosave holds it (the studio writes a pending save as it
 * goes down); otherwise it says to download it now.
 */
export class StudioErrorBoundary extends Component<{ store: StudioStore; children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Queuewright crashed', error, info.componentStack);
    // After the crashed parts' clean-up has run (the autosave writes what was pending then).
    setTimeout(() => this.setState({ saved: this.autosaveHoldsDesign() }), 0);
  }

  private autosaveHoldsDesign(): boolean {
    try {
      return autosaveHolds(this.props.store.getState().design);
    } catch {
      // The store itself may be what broke.
      return false;
    }
  }

  private designText(): string {
    try {
      return writeDesignJson(this.props.store.getState().design);
    } catch {
      try {
        return localStorage.getItem(AUTOSAVE_KEY) ?? '{}';
      } catch {
        return '{}';
      }
    }
  }

  private download = () => download('recovered.queuewright.json', this.designText());

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" data-testid="crash" className="flex h-screen items-center justify-center p-6">
        <div className="max-w-[520px] rounded-xl border border-[var(--border)] bg-[var(--panel)] p-6 shadow">
          <h1 className="text-[18px] font-semibold">Something in the studio broke</h1>
          <p className="mt-2 text-[13.5px]" data-testid="crash.saved" data-saved={this.state.saved === undefined ? 'checking' : String(this.state.saved)}>
            {this.state.saved === undefined
              ? 'Checking whether your design is saved…'
              : this.state.saved
                ? 'Your design is safe: it is saved in this browser as it was when this happened, and you can download it now. Reloading usually brings the studio back with your work.'
                : 'Your latest changes are not saved in this browser. Download your design now to keep them, then reload the studio.'}
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
