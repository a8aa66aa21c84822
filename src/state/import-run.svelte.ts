// The import under way, if any: how far along it is (for the progress bar) and the way to stop
// it. One at a time: the session starts a run for each import and finishes it when it answers.
import type { ImportProgress } from '../core/exchange/import/progress';

/** What the engine is given to report an import's progress and to stop it. */
export interface ImportRunWatch {
  readonly progress: (progress: ImportProgress) => void;
  readonly signal: AbortSignal;
}

export class ImportRun {
  /** The latest progress of the import under way; null when none is, or none was said yet. */
  progress = $state.raw<ImportProgress | null>(null);
  /** Whether an import is under way (it may not have said how far it is yet). */
  active = $state(false);
  /** Whether the latest import was stopped by the user (the data shown stayed). */
  cancelled = $state(false);
  private controller: AbortController | null = null;

  start(): ImportRunWatch {
    const controller = new AbortController();
    this.controller = controller;
    this.active = true;
    this.cancelled = false;
    this.progress = null;
    return {
      signal: controller.signal,
      progress: (progress) => {
        // A late report of a run that was stopped or ended must not bring its bar back.
        if (this.controller === controller) this.progress = progress;
      },
    };
  }

  /** Stops the import under way: the engine answers at once, and what was shown stays. */
  cancel(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.cancelled = true;
  }

  finish(): void {
    this.controller = null;
    this.active = false;
    this.progress = null;
  }
}
