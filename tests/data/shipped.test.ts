// The shipped graph-data/ is the first customer of the contract, and half the product:
// it must load cleanly and hold what the story needs, with every relation sourced.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import type { Relation } from '../../src/core/data/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isActive, viewWindow, yearWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const files = readGraphDataFolder(SHIPPED_DATA);
const result = loadDataset(files);

function dataset(): Dataset {
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.dataset;
}

const SIX = ['AFG', 'CHN', 'IND', 'PAK', 'RUS', 'USA'];
const PAIRS = SIX.flatMap((a, i) => SIX.slice(i + 1).map((b) => [a, b] as const));
const pairKey = (r: Relation): string => [r.source, r.target].sort().join('-');

describe('the shipped graph-data', () => {
  it('validates without errors', () => {
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('holds the six actors, the RUS name change and the two views', () => {
    const d = dataset();
    expect(d.actors.map((a) => a.id).sort()).toEqual(SIX);
    expect(d.actorById.RUS?.names).toContainEqual(
      expect.objectContaining({ name: 'Soviet Union', until: '1991-12-26' }),
    );
    expect(d.viewById['cold-war']).toMatchObject({
      label: 'Cold War',
      start: '1947-03-12',
      end: '1991-12-26',
    });
    expect(d.viewById['2022']).toMatchObject({
      label: '2022',
      start: '2022-01-01',
      end: '2022-12-31',
    });
  });

  it('has a location and a source for every actor', () => {
    for (const actor of dataset().actors) {
      expect(actor.location, actor.id).toBeDefined();
      expect(actor.sources?.length, actor.id).toBeGreaterThan(0);
    }
  });

  it('holds at least 380 relations', () => {
    expect(dataset().relations.length).toBeGreaterThanOrEqual(380);
  });

  it('gives every source a kind, and every relation type a layer', () => {
    const d = dataset();
    const missing = d.relations.flatMap((r) =>
      r.sources.flatMap((s, i) => (s.kind ? [] : [`${r.id} sources[${i}]`])),
    );
    for (const a of d.actors) for (const s of a.sources ?? []) if (!s.kind) missing.push(a.id);
    expect(missing).toEqual([]);
    expect(d.relationTypes.filter((t) => !t.layer).map((t) => t.id)).toEqual([]);
  });

  it('passes the editorial rules (validate --strict): no warnings', () => {
    expect(result.ok ? (result.warnings ?? []).map(formatError) : ['invalid']).toEqual([]);
  });

  it('covers every pair in every decade from the 1950s to the 2020s', () => {
    const d = dataset();
    const gaps: string[] = [];
    for (const [a, b] of PAIRS) {
      for (let decade = 1950; decade <= 2020; decade += 10) {
        const window = yearWindow(decade, Math.min(decade + 9, 2022));
        const covered = d.relations.some(
          (r) =>
            pairKey(r) === `${a}-${b}` && isActive(r, d.typeById[r.type]?.kind ?? 'event', window),
        );
        if (!covered) gaps.push(`${a}-${b} ${decade}s`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('states in its README the counts the files hold, and an as-of date', () => {
    const d = dataset();
    const readme = readFileSync(join(SHIPPED_DATA, 'README.md'), 'utf8');
    const count = (pattern: RegExp): number => Number(pattern.exec(readme)?.[1]?.replace(/,/g, ''));
    expect(count(/\*\*([\d,]+) relations\*\*/)).toBe(d.relations.length);
    expect(count(/\*\*([\d,]+) sources\*\*/)).toBe(
      d.relations.reduce((n, r) => n + r.sources.length, 0),
    );
    expect(count(/\*\*([\d,]+) relation types\*\*/)).toBe(d.relationTypes.length);
    const kinds = ['primary', 'scholarly', 'reference', 'press', 'other'] as const;
    for (const kind of kinds) {
      const n = d.relations.reduce(
        (t, r) => t + r.sources.filter((s) => s.kind === kind).length,
        0,
      );
      expect(count(new RegExp(`${kind} (\\d+)`)), kind).toBe(n);
    }
    for (const level of ['high', 'medium', 'low'] as const) {
      const n = d.relations.filter((r) => (r.confidence ?? 'high') === level).length;
      expect(count(new RegExp(`${level} (\\d+)`)), level).toBe(n);
    }
    const most = Math.max(...d.relations.map((r) => r.sources.length));
    const fewest = Math.min(...d.relations.map((r) => r.sources.length));
    expect(readme).toContain(`from ${fewest} to ${most} sources`);
    expect(readme).toMatch(/As of \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it.each(['cold-war', '2022'])(
    'gives every one of the 15 pairs relations active in the %s view',
    (id) => {
      const d = dataset();
      const view = d.viewById[id];
      if (!view) throw new Error(`no view ${id}`);
      const window = viewWindow(view);
      const active = new Set(
        d.relations
          .filter((r) => isActive(r, d.typeById[r.type]?.kind ?? 'event', window))
          .map(pairKey),
      );
      const missing = PAIRS.map(([a, b]) => `${a}-${b}`).filter((pair) => !active.has(pair));
      expect(missing).toEqual([]);
    },
  );

  it('cites only well-formed http(s) source URLs', () => {
    const bad: string[] = [];
    for (const r of dataset().relations) {
      for (const s of r.sources) {
        let url: URL | undefined;
        try {
          url = new URL(s.url);
        } catch {
          url = undefined;
        }
        const ok =
          url !== undefined &&
          (url.protocol === 'https:' || url.protocol === 'http:') &&
          url.hostname.includes('.') &&
          !url.hostname.endsWith('.') &&
          url.port === '';
        if (!ok) bad.push(`${r.id}: ${s.url}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no near-duplicates (same pair, same type, same start)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const r of dataset().relations) {
      const key = `${pairKey(r)} ${r.type} ${r.start}`;
      const earlier = seen.get(key);
      if (earlier) duplicates.push(`${r.id} repeats ${earlier}`);
      else seen.set(key, r.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('names the government that held Kabul in every Afghan relation', () => {
    const government =
      /king|kingdom|zahir|daoud|(?<!people's )republic|pdpa|communist|taraki|amin|karmal|najibullah|mujahideen|islamic state|rabbani|taliban|karzai|ghani|emirate/i;
    const silent = dataset()
      .relations.filter((r) => r.source === 'AFG' || r.target === 'AFG')
      .filter((r) => !government.test(`${r.title} ${r.summary}`))
      .map((r) => r.id);
    expect(silent).toEqual([]);
  });

  it('keeps each pair file to its pair, with ids that start with the pair', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const match = /^relations\/([a-z]{3})-([a-z]{3})\.json$/.exec(file.path);
      if (!match) continue;
      const pair = `${match[1]}-${match[2]}`.toUpperCase();
      for (const r of (JSON.parse(file.text) as { relations: Relation[] }).relations) {
        if (pairKey(r) !== pair) wrong.push(`${file.path}: ${r.id} joins ${pairKey(r)}`);
        if (!r.id.startsWith(`${pair.toLowerCase()}-`)) wrong.push(`${file.path}: id ${r.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('records the multilateral facts as dyads grouped by context', () => {
    const byContext = new Map<string, Set<string>>();
    for (const r of dataset().relations) {
      if (!r.context) continue;
      const pairs = byContext.get(r.context) ?? new Set<string>();
      pairs.add(pairKey(r));
      byContext.set(r.context, pairs);
    }
    expect([...(byContext.get('SEATO') ?? [])]).toContain('PAK-USA');
    expect([...(byContext.get('Baghdad Pact / CENTO') ?? [])]).toContain('PAK-USA');
    expect(byContext.get('Geneva Accords 1988')?.size).toBeGreaterThanOrEqual(4);
    // Only states that acted together or against each other (a sponsor and a yes, a yes against
    // a no on a text about one of them): the US, Russia and Afghanistan's seat; abstentions are not.
    expect([...(byContext.get('UNGA ES-11/1') ?? [])].sort()).toEqual([
      'AFG-RUS',
      'AFG-USA',
      'RUS-USA',
    ]);
    expect(byContext.get('SCO')?.size).toBeGreaterThanOrEqual(6);
  });

  it("records Imran Khan's visit to Moscow as the sources date it", () => {
    const d = dataset();
    const visit = d.relations.find((r) => r.id === 'pak-rus-2022-khan-visit');
    expect(visit).toMatchObject({
      type: 'diplomatic-visit',
      source: 'PAK',
      target: 'RUS',
      start: '2022-02-23',
      end: '2022-02-24',
    });
    // One trip is one record: the Kremlin meeting is part of the visit, not a summit of its own.
    expect(d.relations.find((r) => r.id === 'pak-rus-2022-khan-putin-summit')).toBeUndefined();
    expect(visit?.summary).toMatch(/Putin/);
    expect(visit?.summary).toMatch(/24 February/);
  });
});
