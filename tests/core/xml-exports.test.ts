// Whatever text a data set holds, if it validates, every export of it is well-formed (the SVG
// figure, GEXF and GraphML are XML; the view's JSON and CSV read back), and our GEXF reads back
// through the importer with its texts unchanged. xmldom does not check XML's characters, so the
// test checks them against the XML 1.0 `Char` production itself.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import type { Dataset } from '../../src/core/data/dataset';
import { formatError } from '../../src/core/data/errors';
import { relationsCsv, viewJson } from '../../src/core/exchange/export-data';
import { ALL_PARTS, figureOf, figureTextProblem } from '../../src/core/scene/figure';
import { FIGURE_SHAPES } from '../../src/core/scene/figure-layout';
import { buildScene, readyWindow } from '../../src/core/scene/scene';
import { datasetGexf } from '../../src/core/exchange/gexf';
import { datasetGraphml } from '../../src/core/exchange/graphml';
import { importData } from '../../src/core/exchange/import/import';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import { loadDataset } from '../../src/core/data/load';
import { LAYERS } from '../../src/core/data/schema';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { figureSvg } from '../../src/core/scene/svg';
import { viewWindow } from '../../src/core/time/time';
import { actor, folder, relation, relationType, view } from '../builders';

/** What XML 1.0 allows (Char): tab, newline, carriage return, and U+0020 up, less surrogates and U+FFFE/F. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const isXmlChar = (c: number) =>
  c === 9 ||
  c === 10 ||
  c === 13 ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** The reasons a text is not well-formed XML: the parser's errors, and characters XML cannot hold. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  try {
    new DOMParser({
      // A warning (such as xmldom's on U+FFFD) is not a well-formedness error.
      onError: (level: string, message: string) => {
        if (level !== 'warning') problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    problems.push(String(error));
  }
  const raw = NOT_XML_CHAR.exec(xml);
  if (raw) problems.push(`character U+${raw[0].charCodeAt(0).toString(16)} at ${raw.index}`);
  for (const ref of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const body = ref[1] ?? '';
    const code = body.startsWith('x') ? parseInt(body.slice(1), 16) : Number(body);
    if (!isXmlChar(code)) problems.push(`reference ${ref[0]}`);
  }
  return problems;
}

/** Characters XML holds: any of the BMP and beyond, markup, white space, DEL and C1 controls. */
const xmlUnit = fc.oneof(
  fc
    .integer({ min: 0, max: 0xffff })
    .filter(isXmlChar)
    .map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('<', '>', '&', '"', "'", '\t', '\n', '\r', '\r\n', ']]>', '&amp;', '😀', ' '),
  fc.constantFrom('\u007f', '\u0085', '\u009b', '|', ' | ', 'a', 'Z', '1', '-', '='),
);
/** Any UTF-16 code unit at all: controls, lone surrogates, noncharacters. */
const anyUnit = fc.oneof(
  xmlUnit,
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\u0001', '\u001b', '\u001f', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'),
);
/** Mostly text XML can hold, sometimes anything: so that many samples validate, and some do not. */
const text = fc.oneof(
  { arbitrary: fc.string({ unit: xmlUnit, minLength: 1, maxLength: 12 }), weight: 9 },
  { arbitrary: fc.string({ unit: anyUnit, minLength: 1, maxLength: 12 }), weight: 1 },
);

const texts = fc.record({
  name: text,
  oldName: text,
  typeLabel: text,
  title: text,
  summary: text,
  disputed: text,
  context: text,
  sourceTitle: text,
  publisher: text,
  viewLabel: text,
  viewDescription: text,
});

type Texts = typeof texts extends fc.Arbitrary<infer T> ? T : never;

function dataOf(t: Texts) {
  return folder({
    actors: [
      actor({ name: t.name, names: [{ name: t.oldName, until: '1950' }] }),
      actor({ id: 'south', name: 'Southland' }),
    ],
    relationTypes: [relationType({ label: t.typeLabel })],
    relations: [
      relation({
        title: t.title,
        summary: t.summary,
        disputed: t.disputed,
        context: t.context,
        sources: [{ title: t.sourceTitle, url: 'https://example.org/a', publisher: t.publisher }],
      }),
    ],
    views: [view({ label: t.viewLabel, description: t.viewDescription })],
  });
}

function exportsOf(dataset: Dataset) {
  const window = viewWindow(dataset.views[0]!);
  const report = analyzeWindow(dataset, window, {}, { ...DEFAULT_SCORING, layers: LAYERS });
  const positions = bearingCircleLayout(dataset.actors);
  const figure = (mode: 'single' | 'compare') =>
    figureSvg(
      figureOf(
        buildScene({
          dataset,
          mode,
          current: readyWindow(dataset.views[0]!.label, report),
          reference: readyWindow(dataset.views[0]!.label, report),
          positions,
          edgeMode: 'relations',
          sizeBy: 'strength',
          selection: null,
        }),
      ),
      { parts: ALL_PARTS, background: 'white' },
    ).svg;
  return {
    report,
    xml: {
      'SVG figure': figure('single'),
      'SVG comparison': figure('compare'),
      GEXF: datasetGexf(dataset, positions),
      GraphML: datasetGraphml(dataset),
    },
    json: viewJson(dataset, {
      caption: dataset.views[0]!.label,
      report,
      hiddenTypes: [],
      hiddenActors: [],
    }),
    csv: relationsCsv(dataset, report),
  };
}

const file = (name: string, content: string) => ({
  name,
  bytes: new TextEncoder().encode(content),
});

describe('the exports of any data that validate', () => {
  it('refuses a control character at validation, and the XML exports were not well-formed with it', () => {
    // The bug this guards against: U+0001 in a title used to pass and break every XML export.
    const result = loadDataset(folder({ relations: [relation({ title: 'Pact\u0001' })] }));
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'relations/all.json#north-south-1955-pact: title contains a control character U+0001 at position 5; the exports (SVG, GEXF, GraphML) cannot hold it',
    ]);
    expect(xmlProblems('<a>Pact\u0001</a>')).not.toEqual([]);
  });

  it('are well-formed XML, and read back through the importer', () => {
    let valid = 0;
    let refused = 0;
    fc.assert(
      fc.property(texts, (t) => {
        const result = loadDataset(dataOf(t));
        if (!result.ok) {
          refused++;
          return;
        }
        valid++;
        const dataset = result.dataset;
        const out = exportsOf(dataset);
        for (const [name, xml] of Object.entries(out.xml))
          expect(xmlProblems(xml), `${name} of ${JSON.stringify(t)}`).toEqual([]);
        const original = dataset.relations[0]!;

        const gexf = importData([file('all.gexf', out.xml.GEXF)], dataset);
        if (!gexf.ok) throw new Error(gexf.errors.map(formatError).join('\n'));
        expect(gexf.dataset.actorById.north?.name).toBe(t.name);
        expect(gexf.dataset.relations[0]).toMatchObject({
          title: original.title,
          summary: original.summary,
          disputed: original.disputed,
          context: original.context,
        });

        expect(() => JSON.parse(out.json) as unknown).not.toThrow();
        const json = importData([file('view.json', out.json)], dataset);
        if (!json.ok) throw new Error(json.errors.map(formatError).join('\n'));
        expect(json.dataset.relations).toEqual(dataset.relations);

        const csv = importData([file('view.csv', out.csv)], dataset);
        if (!csv.ok) throw new Error(csv.errors.map(formatError).join('\n'));
        expect(csv.dataset.relations[0]).toMatchObject({ title: original.title });
      }),
      { numRuns: 300, seed: 2027 },
    );
    // The property says something only if many samples validate, and some do not.
    expect(valid).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(20);
  });

  it('writes the user’s own title and subtitle as well-formed XML in every shape, and refuses what XML cannot hold', () => {
    const result = loadDataset(folder({}));
    if (!result.ok) throw new Error('invalid');
    const dataset = result.dataset;
    const report = analyzeWindow(dataset, viewWindow(dataset.views[0]!));
    const scene = buildScene({
      dataset,
      mode: 'single',
      current: readyWindow(dataset.views[0]!.label, report),
      positions: bearingCircleLayout(dataset.actors),
      edgeMode: 'ties',
      sizeBy: 'strength',
      selection: null,
    });
    let written = 0;
    let refused = 0;
    fc.assert(
      fc.property(text, text, fc.constantFrom(...FIGURE_SHAPES), (title, subtitle, shape) => {
        const problem = figureTextProblem({ title, subtitle });
        if (problem) {
          refused++;
          expect(() => figureOf(scene, { title, subtitle })).toThrow(problem);
          return;
        }
        written++;
        const { svg } = figureSvg(figureOf(scene, { title, subtitle }), {
          parts: ALL_PARTS,
          background: 'white',
          shape,
        });
        expect(xmlProblems(svg), JSON.stringify({ title, subtitle })).toEqual([]);
      }),
      { numRuns: 200, seed: 2028 },
    );
    expect(written).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(10);
  });

  it('carries ids named like Object.prototype members through load, analysis, export and import', () => {
    const prototypeNames = [
      'constructor',
      'tostring',
      'valueof',
      'hasownproperty',
      'isprototypeof',
      'propertyisenumerable',
      'tolocalestring',
    ];
    const id = fc.oneof(
      fc.constantFrom(...prototypeNames),
      fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
      fc.stringMatching(/^[A-Z]{3}$/),
    );
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 3, maxLength: 3 }), fc.boolean(), (ids, flip) => {
        const [a = '', b = '', c = ''] = ids;
        const result = loadDataset(
          folder({
            actors: ids.map((x) => actor({ id: x, name: `Actor ${x}` })),
            relationTypes: [relationType(), relationType({ id: 'rivalry', valence: -6 })],
            relations: [
              relation({ id: 'r1', source: a, target: b, start: '1955', end: '1965' }),
              relation({
                id: 'r2',
                type: 'rivalry',
                source: flip ? c : b,
                target: a,
                start: '1956',
              }),
              relation({ id: 'r3', source: b, target: c, start: '1957', end: '1960' }),
            ],
          }),
        );
        if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
        const dataset = result.dataset;
        const out = exportsOf(dataset);
        for (const measure of Object.values(out.report.centrality))
          for (const x of ids) if (measure) expect(Number.isFinite(measure[x]), x).toBe(true);
        for (const tie of out.report.dyads) expect(Number.isFinite(tie.score)).toBe(true);
        for (const [name, xml] of Object.entries(out.xml))
          expect(xmlProblems(xml), name).toEqual([]);
        const back = importData([file('all.gexf', out.xml.GEXF)], dataset);
        if (!back.ok) throw new Error(back.errors.map(formatError).join('\n'));
        expect(back.dataset.actors.map((x) => x.id).sort()).toEqual([...ids].sort());
        expect(back.dataset.relations.map((r) => [r.id, r.source, r.target])).toEqual(
          dataset.relations.map((r) => [r.id, r.source, r.target]),
        );
        const json = importData([file('view.json', out.json)], dataset);
        if (!json.ok) throw new Error(json.errors.map(formatError).join('\n'));
        expect(json.dataset.relations.length).toBe(
          out.report.dyads.reduce((n, t) => n + t.relations.length, 0),
        );
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});
