// `npm run generate -- --actors 200 --relations 100000 --seed 1 --out DIR`: writes a valid,
// synthetic graph-data folder for speed and scale work. Deterministic for a seed; states and
// events mixed; a few actors with many ties and many with few (endpoints drawn with Zipf-like
// weights); dates from 1900 to 2025 at year, month and day precision. The facts are invented
// and say so: every record cites example.org.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../core/analysis/seeded-random';
import { daysInMonth } from '../core/time/dates';
import type { Actor, Relation, RelationType, View } from '../core/data/schema';
import { SHIPPED_DATA } from '../node/paths';
import { printLine } from '../node/stdout';

export interface GenerateOptions {
  readonly actors: number;
  readonly relations: number;
  readonly seed: number;
  readonly perFile?: number;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2025;

/** Three upper-case letters from a number: AAA, AAB, … (the pattern of the contract's state ids). */
export function actorId(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return [Math.floor(i / 676) % 26, Math.floor(i / 26) % 26, i % 26]
    .map((k) => letters[k])
    .join('');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function generate(options: GenerateOptions, relationTypes: readonly RelationType[]) {
  const random = seededRandom(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const actors: Actor[] = Array.from({ length: options.actors }, (_, i) => ({
    id: actorId(i),
    name: `Synthetia ${i + 1}`,
    kind: 'state',
    location: {
      lat: Math.round((random() * 140 - 70) * 100) / 100,
      lon: Math.round((random() * 340 - 170) * 100) / 100,
    },
    description: 'A synthetic actor of the scale set.',
  }));
  // Zipf-like weights: actor k is picked in proportion to 1 / (k + 1)^0.9.
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < options.actors; k++) cumulative.push((total += 1 / (k + 1) ** 0.9));
  const pick = (): number => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const date = (year: number): string => {
    const precision = random();
    if (precision < 0.3) return String(year);
    const month = int(1, 12);
    if (precision < 0.6) return `${year}-${pad(month)}`;
    return `${year}-${pad(month)}-${pad(int(1, daysInMonth(year, month)))}`;
  };
  const states = relationTypes.filter((t) => t.kind === 'state');
  const events = relationTypes.filter((t) => t.kind === 'event');
  const relations: Relation[] = [];
  for (let n = 0; n < options.relations; n++) {
    const a = pick();
    let b = pick();
    while (b === a) b = int(0, options.actors - 1);
    const isState = random() < 0.4;
    const type = (isState ? states : events)[
      int(0, (isState ? states : events).length - 1)
    ] as RelationType;
    const startYear = int(FIRST_YEAR, LAST_YEAR);
    const id = `r${pad(n + 1, 6)}`;
    const relation: Relation = {
      id,
      type: type.id,
      source: actorId(a),
      target: actorId(b),
      start: date(startYear),
      ...(isState && random() < 0.8
        ? { end: String(Math.min(LAST_YEAR, startYear + int(1, 30))) }
        : {}),
      ...(random() < 0.5 ? { weight: Math.round((0.3 + random() * 0.7) * 100) / 100 } : {}),
      title: `Synthetic ${type.label.toLowerCase()} ${n + 1}`,
      summary: 'A synthetic relation of the scale set; not a fact about the world.',
      sources: [
        { title: `Synthetic record ${n + 1}`, url: `https://example.org/entente/synthetic/${id}` },
      ],
    };
    relations.push(relation);
  }
  const views: View[] = [
    { id: 'early', label: 'Early', start: '1900', end: '1946' },
    { id: 'cold-war', label: 'Cold War', start: '1947-03-12', end: '1991-12-26' },
    { id: 'recent', label: 'Recent', start: '1992', end: '2025' },
    { id: '2022', label: '2022', start: '2022-01-01', end: '2022-12-31' },
  ];
  return { actors, relations, views };
}

export const GENERATE_USAGE =
  'Usage: npm run generate -- --out DIR [--actors 200] [--relations 100000] [--seed 1]   (a synthetic graph-data folder)';

export function generateCommand(args: readonly string[], out: (line: string) => void): number {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        actors: { type: 'string', default: '200' },
        relations: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    out(`generate: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  if (values.help) {
    out(GENERATE_USAGE);
    return 0;
  }
  const actors = Number(values.actors);
  const relations = Number(values.relations);
  const seed = Number(values.seed);
  if (!values.out) {
    out('generate: --out DIR is required');
    return 2;
  }
  if (!Number.isInteger(actors) || actors < 2 || actors > 17_576) {
    out(`generate: --actors must be a whole number from 2 to 17576, got "${values.actors}"`);
    return 2;
  }
  if (!Number.isInteger(relations) || relations < 0 || relations > 10_000_000) {
    out(
      `generate: --relations must be a whole number from 0 to 10000000, got "${values.relations}"`,
    );
    return 2;
  }
  if (!Number.isInteger(seed)) {
    out(`generate: --seed must be a whole number, got "${values.seed}"`);
    return 2;
  }
  const types = (
    JSON.parse(readFileSync(join(SHIPPED_DATA, 'relation-types.json'), 'utf8')) as {
      relationTypes: RelationType[];
    }
  ).relationTypes;
  const data = generate({ actors, relations, seed }, types);
  const dir = resolve(values.out);
  mkdirSync(join(dir, 'relations'), { recursive: true });
  const write = (path: string, value: unknown) =>
    writeFileSync(join(dir, path), `${JSON.stringify(value, null, 1)}\n`);
  write('actors.json', { actors: data.actors });
  write('relation-types.json', { relationTypes: types });
  write('views.json', { views: data.views });
  const perFile = 10_000;
  for (let i = 0; i * perFile < data.relations.length || i === 0; i++) {
    write(`relations/part-${pad(i + 1, 3)}.json`, {
      relations: data.relations.slice(i * perFile, (i + 1) * perFile),
    });
  }
  writeFileSync(
    join(dir, 'README.md'),
    `# Synthetic scale set\n\nGenerated by \`npm run generate -- --actors ${actors} --relations ${relations} --seed ${seed}\`.\nEvery actor and relation is invented, for speed and scale work; none is a fact about the world.\n`,
  );
  out(
    `wrote ${relative(process.cwd(), dir) || '.'}: ${actors} actors, ${relations} relations (seed ${seed})`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = generateCommand(process.argv.slice(2), printLine);
}
