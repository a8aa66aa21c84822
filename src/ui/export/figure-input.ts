// The figure of what the explorer shows, and the names of the files it exports.
import { exportFileName, type NamedWindow } from '../../core/exchange/export-name';
import { buildFigure, type FigureSpec } from '../../core/scene/figure';
import type { Explorer } from '../../state/explorer.svelte';

export function figureOf(explorer: Explorer): FigureSpec {
  const reference = explorer.referenceView
    ? { label: explorer.referenceView.label, report: explorer.referenceReport }
    : undefined;
  return buildFigure({
    dataset: explorer.filtered,
    mode: explorer.mode,
    current: { label: explorer.activeView?.label ?? '', report: explorer.report },
    ...(reference ? { reference } : {}),
    camps: explorer.camps,
    positions: explorer.positions,
    picture: {
      edgeMode: explorer.edgeMode,
      sizeBy: explorer.sizeBy,
      selection: explorer.shownSelection,
    },
  });
}

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
