// The names of the files the explorer exports.
import { exportFileName, type NamedWindow } from '../../core/exchange/export-name';
import type { Explorer } from '../../state/explorer.svelte';

export function fileNameOf(explorer: Explorer, ext: string): string {
  const current: NamedWindow = {
    ...(explorer.activeView ? { viewId: explorer.activeView.id } : {}),
    ...explorer.report.window,
  };
  const reference: NamedWindow | undefined = explorer.referenceView
    ? { viewId: explorer.referenceView.id, ...explorer.referenceReport.window }
    : undefined;
  return exportFileName(ext, current, reference, explorer.mode);
}
