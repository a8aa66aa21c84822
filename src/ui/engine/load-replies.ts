// The engine client's answers of its own to a load: one that took too long, one a restart cut off.
import type { DatasetReply } from '../../core/engine/engine';

/**
 * Loading the shipped data or a kept import at start: a stuck worker is replaced and the start
 * fails with a message (and a Retry) instead of leaving the page blank. Validating the
 * 100,000-relation scale set takes about 1.5 s here; this leaves room for slow machines.
 */
export const LOAD_TIMEOUT_MS = 60_000;

/** The reply to a load that took too long. */
export function tooSlowReply(file: string): DatasetReply {
  return {
    ok: false,
    errors: [
      { file, message: `took longer than ${LOAD_TIMEOUT_MS / 1000} s to load and was stopped` },
    ],
  };
}

/** The reply to a request for a data set that a restart cut off. */
export function restartedReply(file: string): DatasetReply {
  return { ok: false, errors: [{ file, message: 'was cut off by a restart of the engine' }] };
}
