// The template CSV of relations that the Import panel offers: a header of every column the
// importer reads (csv-columns.ts, from the schema) and two example rows between shipped actors,
// which import as they are (tests/core/import-teach.test.ts) — to be replaced by your own.
import { csvField } from '../export-data';
import { RELATION_COLUMNS } from './csv-columns';

export const TEMPLATE_FILE_NAME = 'entente-relations-template.csv';

/**
 * The example rows, by column: an event and a state (with an end and a weight), both of the
 * security layer that the explorer's default reading counts, so they show at once.
 */
const EXAMPLES: readonly Readonly<Record<string, string>>[] = [
  {
    id: 'pak-rus-2022-example-exercise',
    type: 'military-exercise',
    source: 'PAK',
    target: 'RUS',
    start: '2022-06-15',
    title: 'Example: a joint exercise (replace this row)',
    summary: 'One to three sentences of what happened. Every row needs the required columns.',
    sources: 'https://example.org/where-a-reader-can-check-it',
    source_titles: 'The page that reports it',
    confidence: 'medium',
  },
  {
    id: 'rus-pak-2022-example-arms-deal',
    type: 'arms-transfer',
    source: 'RUS',
    target: 'PAK',
    start: '2022-07',
    end: '2022-12',
    weight: '0.5',
    title: 'Example: an arms deal (replace this row)',
    summary: 'A state lasts from start to end; a weight below 1 makes it count for less.',
    sources: 'https://example.org/first-source https://example.org/second-source',
    source_titles: 'First source | Second source',
  },
];

/** The template's text: the header, then the examples (empty cells where they leave a column out). */
export function relationsCsvTemplate(): string {
  const lines = [RELATION_COLUMNS.map((c) => c.name).join(',')];
  for (const example of EXAMPLES)
    lines.push(RELATION_COLUMNS.map((c) => csvField(example[c.name])).join(','));
  return `${lines.join('\n')}\n`;
}
