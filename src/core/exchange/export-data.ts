// The current view as data for other tools: JSON (the analysis and the relations behind it) and
// CSV (one row per relation active in the window, with its tie's score).
import type { WindowReport } from '../analysis/analysis';
import { guardFormula } from './csv-formula';
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import { tieId } from '../analysis/ties';

export interface ViewExport {
  readonly caption: string;
  readonly report: WindowReport;
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
}

/** The relations behind a report's ties, in data order. */
export function reportRelations(dataset: Dataset, report: WindowReport): Relation[] {
  const ids = new Set(report.dyads.flatMap((t) => t.relations.map((r) => r.id)));
  return dataset.relations.filter((r) => ids.has(r.id));
}

export function viewJson(dataset: Dataset, view: ViewExport): string {
  return `${JSON.stringify(
    {
      format: 'entente-view',
      version: 1,
      caption: view.caption,
      window: view.report.window,
      filters: { hiddenTypes: view.hiddenTypes, hiddenActors: view.hiddenActors },
      analysis: view.report,
      // The rest is a graph-data bundle, so this file can be imported back into Entente.
      actors: dataset.actors,
      relationTypes: dataset.relationTypes,
      relations: reportRelations(dataset, view.report),
      views: [
        {
          id: 'exported',
          label: view.caption,
          start: view.report.window.start,
          end: view.report.window.end,
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/**
 * One CSV field (RFC 4180); text that a spreadsheet would run as a formula is defused with an
 * apostrophe (csv-formula.ts; the importer removes it again). Numbers are written as they are.
 */
export function csvField(value: string | number | undefined, text = true): string {
  if (value === undefined) return '';
  const s = text ? guardFormula(String(value)) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'relation_id',
  'source',
  'target',
  'source_name',
  'target_name',
  'type',
  'type_label',
  'kind',
  'start',
  'end',
  'weight',
  'valence',
  'contribution',
  'tie_score',
  'title',
  'summary',
  'confidence',
  'disputed',
  'context',
  'source_urls',
  'source_titles',
] as const;

export function relationsCsv(dataset: Dataset, report: WindowReport): string {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  const tieScore = new Map(report.dyads.map((t) => [tieId(t.a, t.b), t.score]));
  const rows = reportRelations(dataset, report).map((r) => {
    const type = dataset.typeById[r.type];
    const weight = r.weight ?? 1;
    const valence = type?.valence ?? 0;
    return [
      csvField(r.id),
      csvField(r.source),
      csvField(r.target),
      csvField(names.get(r.source) ?? r.source),
      csvField(names.get(r.target) ?? r.target),
      csvField(r.type),
      csvField(type?.label),
      csvField(type?.kind),
      csvField(r.start),
      csvField(r.end),
      csvField(weight, false),
      csvField(valence, false),
      csvField(Math.round(valence * weight * 1e9) / 1e9, false),
      csvField(tieScore.get(tieId(r.source, r.target)), false),
      csvField(r.title),
      csvField(r.summary),
      csvField(r.confidence ?? 'high'),
      csvField(r.disputed),
      csvField(r.context),
      csvField(r.sources.map((s) => s.url).join(' ')),
      csvField(r.sources.map((s) => s.title.replace(/\|/g, '/')).join(' | ')),
    ].join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
