// What the default reading of the shipped data says, checked against the histories: a few
// checkpoint years, each with the history that backs it, the two views of the story, and every
// year from 1950 to 2022. A change to the data or the model that breaks one of these changes what
// users are told about who sided with whom — it must be argued in docs/analysis.md, not slipped in.
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { compareReports } from '../../src/core/analysis/compare';
import type { Dataset } from '../../src/core/data/dataset';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import { yearlyReports } from '../../src/core/analysis/series';
import { viewWindow, yearWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
function dataset(): Dataset {
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return loaded.dataset;
}

type Camps = { readonly camps: readonly [readonly string[], readonly string[]] };
const sideOf = (r: Camps, id: string): number => r.camps.findIndex((c) => c.includes(id));
const together = (r: Camps, a: string, b: string): boolean => sideOf(r, a) === sideOf(r, b);

interface Checkpoint {
  readonly year: number;
  readonly history: string;
  readonly together: readonly (readonly [string, string])[];
  readonly apart: readonly (readonly [string, string])[];
}

const CHECKPOINTS: readonly Checkpoint[] = [
  {
    year: 1955,
    history:
      'Pakistan joined SEATO (1954) and the Baghdad Pact (1955) with US aid; Khrushchev and Bulganin toured India and Afghanistan and backed India on Kashmir and Afghanistan on Pashtunistan; China was allied to the Soviet Union.',
    together: [
      ['PAK', 'USA'],
      ['RUS', 'IND'],
      ['RUS', 'AFG'],
      ['RUS', 'CHN'],
    ],
    apart: [
      ['PAK', 'RUS'],
      ['PAK', 'IND'],
      ['USA', 'RUS'],
    ],
  },
  {
    year: 1965,
    history:
      'In the India–Pakistan war of September 1965 China backed Pakistan with an ultimatum to India; the Sino-Soviet split was open, and Moscow leaned to India before mediating at Tashkent.',
    together: [['PAK', 'CHN']],
    apart: [
      ['PAK', 'IND'],
      ['CHN', 'IND'],
      ['CHN', 'RUS'],
    ],
  },
  {
    year: 1971,
    history:
      'India signed a friendship treaty with the Soviet Union in August 1971 and fought Pakistan in December; the United States "tilted" to Pakistan, sent Task Force 74, and opened to China through Pakistan.',
    together: [
      ['PAK', 'USA'],
      ['PAK', 'CHN'],
      ['IND', 'RUS'],
    ],
    apart: [
      ['PAK', 'IND'],
      ['USA', 'RUS'],
    ],
  },
  {
    year: 1985,
    history:
      'The Soviet war in Afghanistan: Pakistan, the United States and China armed the mujahideen against the Soviet forces and the PDPA government; India kept close to Moscow.',
    together: [
      ['PAK', 'USA'],
      ['PAK', 'CHN'],
      ['RUS', 'AFG'],
      ['RUS', 'IND'],
    ],
    apart: [
      ['PAK', 'RUS'],
      ['PAK', 'AFG'],
    ],
  },
  {
    year: 1998,
    history:
      'The Taliban held Kabul with Pakistan’s backing (Pakistan recognised them in 1997); Russia, India and the United States opposed them — the US struck camps in Afghanistan in August 1998.',
    together: [['PAK', 'AFG']],
    apart: [
      ['PAK', 'IND'],
      ['AFG', 'RUS'],
      ['AFG', 'USA'],
    ],
  },
  {
    year: 2022,
    history:
      'Imran Khan was in Moscow on the day Russia invaded Ukraine; China declared a friendship "without limits" with Russia; the US armed Ukraine and sanctioned Russia; India bought Russian oil and arms and stood in the Quad with the US.',
    together: [
      ['PAK', 'RUS'],
      ['PAK', 'CHN'],
      ['RUS', 'CHN'],
    ],
    apart: [
      ['PAK', 'USA'],
      ['PAK', 'IND'],
      ['RUS', 'USA'],
    ],
  },
];

describe('the default reading of the shipped data, against the histories', () => {
  it.each(CHECKPOINTS)('tells $year as the histories do', ({ year, together: t, apart }) => {
    const report = analyzeWindow(dataset(), yearWindow(year, year));
    expect(report.oneBloc).toBe(false);
    for (const [a, b] of t) expect(together(report, a, b), `${a} with ${b}`).toBe(true);
    for (const [a, b] of apart) expect(together(report, a, b), `${a} apart from ${b}`).toBe(false);
  });

  it('draws the Cold War with the US and Pakistan against the Soviet Union and India, Pakistan–Soviet Union negative', () => {
    const d = dataset();
    const report = analyzeWindow(d, viewWindow(d.viewById['cold-war']!));
    expect(together(report, 'PAK', 'USA')).toBe(true);
    expect(together(report, 'RUS', 'IND')).toBe(true);
    expect(together(report, 'PAK', 'RUS')).toBe(false);
    const pakRus = report.dyads.find((t) => t.a === 'PAK' && t.b === 'RUS');
    expect(pakRus?.score).toBeLessThan(0);
  });

  it('draws 2022 with Russia, China and Pakistan together, the US not alone, India hedging or with the US', () => {
    const d = dataset();
    const report = analyzeWindow(d, viewWindow(d.viewById['2022']!));
    expect(together(report, 'RUS', 'CHN') && together(report, 'RUS', 'PAK')).toBe(true);
    const usCamp = report.camps[sideOf(report, 'USA')] ?? [];
    expect(usCamp.length).toBeGreaterThan(1);
    const indiaHedges = report.hedging.some((h) => h.actor === 'IND');
    expect(indiaHedges || together(report, 'IND', 'USA')).toBe(true);
  });

  it('lists the Pakistan–Russia flip between the Cold War and 2022', () => {
    const d = dataset();
    const comparison = compareReports(
      analyzeWindow(d, viewWindow(d.viewById['cold-war']!)),
      analyzeWindow(d, viewWindow(d.viewById['2022']!)),
    );
    const flip = comparison.flips.find((f) => f.a === 'PAK' && f.b === 'RUS');
    expect(flip?.before).toBeLessThan(0);
    expect(flip?.after).toBeGreaterThan(0);
  });

  it('finds no year from 1950 to 2022 that is one bloc', () => {
    const oneBloc = yearlyReports(dataset(), 1950, 2022, undefined, { pValues: false })
      .filter((r) => r.oneBloc)
      .map((r) => r.year);
    expect(oneBloc).toEqual([]);
  });

  it('keeps India and Pakistan apart in every year but 1959–64, when India, at war with China, drew US arms (docs/analysis.md)', () => {
    const years = yearlyReports(dataset(), 1950, 2022, undefined, { pValues: false });
    const shared = years.filter((r) => together(r, 'IND', 'PAK')).map((r) => r.year);
    expect(shared.every((y) => y >= 1959 && y <= 1964)).toBe(true);
    // In those years India is torn: hedging in most of them.
    const hedging = years
      .filter((r) => shared.includes(r.year) && r.hedging.some((h) => h.actor === 'IND'))
      .map((r) => r.year);
    expect(hedging.length).toBeGreaterThanOrEqual(shared.length - 1);
  });
});
