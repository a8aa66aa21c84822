// Imports read as streams (import-stream.ts): cut anywhere — inside a tag, inside a UTF-8
// character, inside a quoted CSV field — they give what the same bytes give read whole; they say
// how far along they are; a cancelled one stops reading and leaves what the engine held.
import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { campSeries } from '../../src/core/analysis/series';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import { Engine } from '../../src/core/engine/engine';
import { datasetGexf } from '../../src/core/exchange/gexf';
import { MAX_FILE_BYTES } from '../../src/core/exchange/import/bytes';
import { importData } from '../../src/core/exchange/import/import';
import { importSources, type ImportSource } from '../../src/core/exchange/import/import-stream';
import type { ImportProgress } from '../../src/core/exchange/import/progress';
import { CANCELLED } from '../../src/core/exchange/import/progress';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { cutPoints, source } from '../support/import-sources';

const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!shipped.ok) throw new Error('invalid shipped data');
const vocabulary = { relationTypes: shipped.dataset.relationTypes };
const whole = (name: string, text: string) =>
  importData([{ name, bytes: new TextEncoder().encode(text) }], vocabulary);
const streamed = async (file: ImportSource) => {
  const result = await importSources([file], vocabulary);
  if (result === 'cancelled') throw new Error('not cancelled');
  return result;
};
/** What a result says: its records, or its errors as a reader sees them. */
const said = (result: Awaited<ReturnType<typeof streamed>>) =>
  result.ok ? result.dataset : result.errors.map(formatError);

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="edge"><attribute id="0" title="type"/><attribute id="1" title="summary"/><attribute id="2" title="sources"/></attributes>
    <nodes>
      <node id="north" label="Nørdland — 北"/>
      <node id="south" label="Süd 🌍 Land" start="1950-01-01"/>
    </nodes>
    <edges>
      <edge id="e1" source="north" target="south" start="1960-01-01" label="Pact &amp; “treaty”">
        <attvalues><attvalue for="0" value="alliance"/><attvalue for="1" value="Ça va — 平和 😀"/><attvalue for="2" value="https://example.org/a"/></attvalues>
      </edge>
      <edge id="e2" source="south" target="north" type="directed" label="Visit">
        <attvalues><attvalue for="0" value="diplomatic-visit"/><attvalue for="2" value="https://example.org/b"/></attvalues>
        <spells><spell start="1970-05-01" end="1970-05-02"/></spells>
      </edge>
    </edges>
  </graph>
</gexf>
`;

const CSV_HEADER = 'id,type,source,target,start,title,summary,sources,source_titles';
const csvRow = (i: number) =>
  `r-${i},alliance,north,south,${1950 + (i % 70)},"Pact, ""the ${i}th""","Line one\r\nline 2 — ünïcödé 😀 ${i}",https://example.org/${i},"A, B"`;
const CSV = `${CSV_HEADER}\r\n${csvRow(1)}\r\n\r\n${csvRow(2)}\r\nr-3,alliance,north,nowhere,1960,T,"S ""q""",https://example.org\r\n`;

describe('importSources', () => {
  it.each([
    ['g.gexf', GEXF],
    ['r.csv', CSV],
    ['b.json', JSON.stringify({ relations: [{ id: 'x', title: 'Ünïcode 😀 — 平和' }] })],
  ])('reads %s cut in two at every byte as it reads it whole', async (name, text) => {
    const expected = said(whole(name, text));
    expect(expected).not.toEqual([]);
    for (const cut of cutPoints(text)) {
      expect(said(await streamed(source(name, text, [cut])))).toEqual(expected);
    }
  });

  it('reads a file a byte at a time as it reads it whole', async () => {
    for (const [name, text] of [
      ['g.gexf', GEXF],
      ['r.csv', CSV],
    ] as const)
      expect(said(await streamed(source(name, text, 1)))).toEqual(said(whole(name, text)));
  });

  it('reads a CSV larger than its first piece in pieces of any size, lines and errors kept', async () => {
    // Past the first mebibyte, rows reach papaparse piece by piece: quoted fields with commas,
    // quotes and line breaks are cut wherever the pieces end. One row in the middle is wrong.
    const rows = Array.from({ length: 9000 }, (_, i) =>
      i === 6001 ? csvRow(i).replace('alliance', 'allianse') : csvRow(i),
    );
    const text = `${CSV_HEADER}\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const expected = whole('big.csv', text);
    expect(expected.ok ? [] : expected.errors.map(formatError)).toEqual([
      expect.stringMatching(/^big\.csv#r-6001:12004:1: type "allianse" is not a relation type/),
    ]);
    for (const size of [61, 4093, 65_536]) {
      const result = await streamed(source('big.csv', text, size));
      expect(said(result)).toEqual(said(expected));
    }
  }, 30_000);

  it('says where a file is not UTF-8, wherever it is cut', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,type\nä'), 0xff, 0x41]);
    const expected = 'x.csv: is not UTF-8 text (byte 0xFF at offset 10); save it as UTF-8';
    for (const cut of cutPoints('id,type\näxA')) {
      const result = await streamed(source('x.csv', bytes, [cut]));
      expect(said(result)).toEqual([expected]);
    }
    // A character cut short by the end of the file.
    const short = new Uint8Array([...new TextEncoder().encode('id\n'), 0xe2, 0x82]);
    expect(said(await streamed(source('y.csv', short, 1)))).toEqual([
      'y.csv: is not UTF-8 text (byte 0xE2 at offset 3); save it as UTF-8',
    ]);
  });

  it('names the file, record, field and line of a bad GEXF edge read in pieces', async () => {
    const bad = GEXF.replace('value="diplomatic-visit"', 'value="visit"');
    const line = bad.split('\n').findIndex((l) => l.includes('<edge id="e2"')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(said(await streamed(source('g.gexf', bad, 13)))).toEqual([
      expect.stringMatching(
        new RegExp(`^g\\.gexf#e2:${line}:1: type "visit" is not a relation type`),
      ),
    ]);
  });

  it('refuses a file of 1 GB or more, or a JSON file of 512 MB or more, before reading it', async () => {
    const huge = (name: string, size: number): ImportSource => ({
      name,
      body: {
        size,
        stream: () => {
          throw new Error('read');
        },
      },
    });
    const result = await streamed(huge('big.gexf', MAX_FILE_BYTES));
    expect(said(result)).toEqual([
      'big.gexf: is 1024.0 MB; files of 1 GB or more are not read (split the relations into several files)',
    ]);
    expect(said(await streamed(huge('big.json', 600 * 1024 * 1024)))).toEqual([
      expect.stringContaining('big.json: is 600.0 MB; JSON files of 512 MB or more are not read'),
    ]);
  });

  it('reports its progress: bytes and records that only grow, then the validation', async () => {
    const text = datasetGexf(shipped.dataset);
    const seen: ImportProgress[] = [];
    const file = source('all.gexf', text, 4096);
    const result = await importSources([file], vocabulary, 'replace', {
      every: 0,
      progress: (p) => seen.push(p),
    });
    expect(result !== 'cancelled' && result.ok).toBe(true);
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThanOrEqual(file.taken());
    for (let i = 1; i < reading.length; i++) {
      expect(reading[i]!.bytesRead).toBeGreaterThanOrEqual(reading[i - 1]!.bytesRead);
      expect(reading[i]!.records).toBeGreaterThanOrEqual(reading[i - 1]!.records);
    }
    const size = file.body.size;
    expect(reading.some((p) => p.bytesRead > 0 && p.bytesRead < size)).toBe(true);
    expect(reading.at(-1)).toMatchObject({ bytesRead: size, bytesTotal: size, file: 'all.gexf' });
    expect(reading.at(-1)!.records).toBe(
      shipped.dataset.actors.length + shipped.dataset.relations.length,
    );
    expect(seen.at(-1)).toMatchObject({ phase: 'validating' });
  });

  it('stops reading when cancelled', async () => {
    const signal = { aborted: false };
    const file = source('all.gexf', datasetGexf(shipped.dataset), 1024);
    const result = await importSources([file], vocabulary, 'replace', {
      signal,
      every: 0,
      progress: (p) => {
        if (p.bytesRead >= 4096) signal.aborted = true;
      },
    });
    expect(result).toBe('cancelled');
    expect(file.taken()).toBe(4);
  });
});

describe('the engine, importing streams', () => {
  it('keeps the data it held when an import is cancelled', async () => {
    const { importSources: readers } = await import('../../src/core/exchange/import/import-stream');
    const engine = new Engine({ analyzeExtras, importSources: readers, campSeries });
    const loaded = engine.load(readGraphDataFolder(SHIPPED_DATA));
    if (!loaded.ok) throw new Error('the shipped data did not load');
    const request = (file: ImportSource) =>
      ({ kind: 'import', files: [file], relationTypes: loaded.parts.relationTypes }) as const;
    const first = await engine.handle(
      request(source('first.csv', CSV.replace(/\r\nr-3.*$/s, '\r\n'))),
    );
    if (!first.ok) throw new Error(first.errors.map(formatError).join('\n'));
    const signal = { aborted: false };
    const cancelled = await engine.handle(
      request(source('all.gexf', datasetGexf(shipped.dataset), 512)),
      {
        signal,
        every: 0,
        progress: () => (signal.aborted = true),
      },
    );
    expect(cancelled).toEqual({ ok: false, errors: [{ file: 'all.gexf', message: CANCELLED }] });
    // The earlier import is still held, and still answers.
    expect(engine.holding().datasets).toBe(2);
    const strip = engine.handle({
      kind: 'strip',
      dataset: first.dataset,
      hiddenTypes: [],
      hiddenActors: [],
      scoring: DEFAULT_SCORING,
      from: 1960,
      to: 1960,
      pValues: false,
    });
    expect(strip.ok).toBe(true);
  });
});
