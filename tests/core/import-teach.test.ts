// Import that teaches: the CSV columns come from the schema and the template imports as it is;
// errors say the row (the line, the header being line 1), the file and the field, and what an
// unknown type or actor could have been; ids of shipped actors take their names; an import can be
// added to the shipped data instead of replacing them.
import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { Engine } from '../../src/core/engine/engine';
import { formatError, type DataError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import { relationSchema, actorSchema } from '../../src/core/data/schema';
import { addedParts } from '../../src/core/exchange/import/added';
import { ACTOR_COLUMNS, RELATION_COLUMNS } from '../../src/core/exchange/import/csv-columns';
import { relationsFromCsv } from '../../src/core/exchange/import/csv';
import {
  relationsCsvTemplate,
  TEMPLATE_FILE_NAME,
} from '../../src/core/exchange/import/csv-template';
import { importData, type ImportFile } from '../../src/core/exchange/import/import';
import { importSources } from '../../src/core/exchange/import/import-stream';
import { source } from '../support/import-sources';
import { addParts } from '../../src/core/exchange/import/merge';
import { nearest, shortList } from '../../src/core/exchange/import/teach';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const shipped = loaded.dataset;
/** What a replacing import meets: the shipped vocabulary and actors. */
const replacing = { relationTypes: shipped.relationTypes, actors: shipped.actors };
const file = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});
const HEADER = 'id,type,source,target,start,title,summary,sources';
const row = (id: string, type = 'alliance', source = 'PAK', target = 'RUS', start = '2022') =>
  `${id},${type},${source},${target},${start},A title,A summary.,https://example.org/${id}`;
const errorsOf = (result: ReturnType<typeof importData>): readonly DataError[] =>
  result.ok ? [] : result.errors;
const texts = (result: ReturnType<typeof importData>) => errorsOf(result).map(formatError);

describe('the CSV columns, from the schema', () => {
  it('has a column for every field of a relation, required exactly when the schema requires it', () => {
    const shape = Object.entries(relationSchema.shape);
    for (const [field] of shape) expect(RELATION_COLUMNS.map((c) => c.path[0])).toContain(field);
    const required = shape.filter(([, s]) => !s.safeParse(undefined).success).map(([f]) => f);
    expect(RELATION_COLUMNS.filter((c) => c.required).map((c) => c.path[0])).toEqual(required);
    expect(required).toContain('sources');
    // Each column says what a cell holds.
    for (const column of RELATION_COLUMNS) expect(column.hint.length).toBeGreaterThan(3);
    expect(RELATION_COLUMNS.find((c) => c.name === 'confidence')?.hint).toBe('high, medium or low');
    expect(RELATION_COLUMNS.find((c) => c.name === 'weight')?.hint).toBe('a number in (0, 1]');
  });

  it('reads every column it lists, each into its field', () => {
    const header = RELATION_COLUMNS.map((c) => c.name).join(',');
    const cells: Record<string, string> = {
      id: 'pak-rus-2022-talks',
      type: 'alliance',
      source: 'PAK',
      target: 'RUS',
      directed: 'true',
      start: '2022-01',
      end: '2022-11',
      weight: '0.25',
      title: 'Talks',
      summary: 'Talks were held.',
      sources: 'https://example.org/a https://example.org/b',
      source_titles: 'First | Second',
      confidence: 'low',
      disputed: 'Some say not.',
      confirmed: '2022-06',
      context: 'A forum',
    };
    const line = RELATION_COLUMNS.map((c) => cells[c.name] ?? '').join(',');
    const [record] = relationsFromCsv('all.csv', `${header}\n${line}\n`).records;
    expect(record?.raw).toEqual({
      ...cells,
      directed: true,
      weight: 0.25,
      sources: [
        { title: 'First', url: 'https://example.org/a' },
        { title: 'Second', url: 'https://example.org/b' },
      ],
      source_titles: undefined,
    });
  });

  it('trims ids, dates and the words of a list, and keeps free text as written', () => {
    const result = importData(
      [
        file(
          'r.csv',
          `${HEADER}\n r1 , alliance ,PAK, RUS , 2022 , Spaced title ,A summary.,https://example.org\n`,
        ),
      ],
      replacing,
    );
    if (!result.ok) throw new Error(texts(result).join('\n'));
    expect(result.dataset.relations[0]).toMatchObject({
      id: 'r1',
      type: 'alliance',
      target: 'RUS',
      start: '2022',
      title: ' Spaced title ',
    });
  });

  it('names an actors CSV by the schema: location as lat and lon, lifespan as from and until', () => {
    const shape = Object.entries(actorSchema.shape);
    const required = shape.filter(([, s]) => !s.safeParse(undefined).success).map(([f]) => f);
    expect(ACTOR_COLUMNS.filter((c) => c.required).map((c) => c.name)).toEqual(required);
    expect(ACTOR_COLUMNS.map((c) => c.name)).toEqual(
      expect.arrayContaining(['lat', 'lon', 'from', 'until', 'description']),
    );
    const result = importData(
      [
        file('rel.csv', `${HEADER}\n${row('nor-sou-1960', 'alliance', 'nor', 'sou', '1960')}\n`),
        file('actors.csv', 'id,name,kind,from,lat,lon\nnor,Northland,state,1950,50,10\n'),
      ],
      { relationTypes: shipped.relationTypes },
    );
    expect(texts(result)).toEqual([
      'rel.csv#nor-sou-1960:2:1: target "sou" is not an actor; the one actor is nor',
    ]);
  });

  it('lists the columns it reads when a header names another', () => {
    const result = importData(
      [file('c.csv', `${HEADER},colour\n${row('pak-rus-2022-pact')},red\n`)],
      replacing,
    );
    expect(texts(result)).toEqual([
      `c.csv:1:1: colour is not a column Entente reads (the columns are ${RELATION_COLUMNS.map((c) => c.name).join(', ')})`,
    ]);
  });
});

describe('the template CSV', () => {
  const template = relationsCsvTemplate();
  const lines = template.trimEnd().split('\n');

  it('has a header of every column, and examples that fill every required one', () => {
    expect(TEMPLATE_FILE_NAME).toMatch(/\.csv$/);
    expect(lines[0]).toBe(RELATION_COLUMNS.map((c) => c.name).join(','));
    const rows = relationsFromCsv(TEMPLATE_FILE_NAME, template).records;
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    for (const r of rows) {
      for (const column of RELATION_COLUMNS.filter((c) => c.required))
        expect((r.raw as Record<string, unknown>)[column.path[0]!]).toBeTruthy();
    }
  });

  it('imports as it is, in place of the shipped data and added to them', () => {
    const replaced = importData([file(TEMPLATE_FILE_NAME, template)], replacing);
    if (!replaced.ok) throw new Error(texts(replaced).join('\n'));
    expect(replaced.dataset.actors.map((a) => a.name).sort()).toEqual(['Pakistan', 'Russia']);
    const added = importData([file(TEMPLATE_FILE_NAME, template)], shipped, 'add');
    if (!added.ok) throw new Error(texts(added).join('\n'));
    expect(added.dataset.relations).toHaveLength(shipped.relations.length + lines.length - 1);
  });
});

describe('CSV errors at their rows', () => {
  it('gives each row the line it starts on, the header being line 1', () => {
    const text = `${HEADER}\n\n${row('r1')}\n"r2",alliance,PAK,RUS,2022,"A title\nof two lines",S.,https://example.org\n\n  \n${row('r3')}\r\n${row('r4')}`;
    expect(
      relationsFromCsv('r.csv', text).records.map((r) => [r.line, (r.raw as { id: string }).id]),
    ).toEqual([
      [3, 'r1'],
      [4, 'r2'],
      [8, 'r3'],
      [9, 'r4'],
    ]);
  });

  it('says an unknown type in the CSV file, at its row, with the nearest and the types there are', () => {
    const result = importData(
      [
        file(
          'mine.csv',
          `${HEADER}\n${row('pak-rus-2022-a')}\n${row('pak-rus-2022-b', 'allianse')}\n`,
        ),
      ],
      replacing,
    );
    const [error, ...rest] = errorsOf(result);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: 'mine.csv',
      record: 'pak-rus-2022-b',
      field: 'type',
      line: 3,
    });
    expect(error?.message).toMatch(
      /^"allianse" is not a relation type \(did you mean "alliance"\?\); the 30 types are agreement, alliance, arms-control, .* and \d+ more$/,
    );
    expect(formatError(error!)).not.toContain('relation-types.json');
    expect(formatError(error!).length).toBeLessThan(400);
  });

  it('says an unknown actor at its row, with the actors of the import and the shipped ones', () => {
    const result = importData(
      [
        file('rel.csv', `${HEADER}\n${row('x-2022', 'alliance', 'PAKK', 'nor')}\n`),
        file('actors.csv', 'id,name,kind\nnor,Northland,state\n'),
      ],
      replacing,
    );
    expect(texts(result)).toEqual([
      'rel.csv#x-2022:2:1: source "PAKK" is not an actor (did you mean "PAK"?); the 7 actors are AFG, CHN, IND, PAK, RUS, USA and nor',
    ]);
  });

  it('says a repeated id at the row that repeats it', () => {
    const result = importData(
      [file('r.csv', `${HEADER}\n${row('r1')}\n${row('r2')}\n${row('r1')}\n`)],
      replacing,
    );
    expect(texts(result)).toEqual(['r.csv#r1:4:1: id "r1" is already used earlier in this file']);
  });

  it('says a required column the header lacks once, at the header, not at every row', () => {
    const noSummary = 'id,type,source,target,start,title,sources';
    const rows = ['r1', 'r2', 'r3'].map(
      (id) => `${id},alliance,PAK,RUS,2022,T,https://example.org`,
    );
    const result = importData(
      [
        file(
          'r.csv',
          `${noSummary}\n${rows.join('\n')}\nr4,alliance,PAK,RUS,2022-02-30,T,https://example.org\n`,
        ),
      ],
      replacing,
    );
    expect(texts(result)).toEqual([
      'r.csv:1:1: summary is required: the header has no column "summary" (every row needs id, type, source, target, start, title, summary, sources)',
      'r.csv#r4:5:1: start 2022-02-30 is not a calendar day',
    ]);
  });

  it('lists every error at once, each file in the order of its rows', () => {
    const result = importData(
      [
        file(
          'r.csv',
          `${HEADER}\n${row('r1', 'alliance', 'PAK', 'RUS', '1940')}\nr2,war,PAK,RUS,1960,W,S.,javascript:x\n${row('r3', 'allianse')}\n`,
        ),
      ],
      replacing,
    );
    // The row's own errors are found first, those across records (a lifespan, a type) after.
    expect(errorsOf(result).map((e) => [e.line, e.field])).toEqual([
      [2, 'start'],
      [3, 'sources[0].url'],
      [4, 'type'],
    ]);
  });
});

describe('GEXF errors at their elements', () => {
  it('says an unknown type at the line of its edge, with the types there are', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="edge">
      <attribute id="0" title="type" type="string"/><attribute id="1" title="sources" type="string"/>
    </attributes>
    <nodes><node id="PAK" label="Pakistan"/><node id="RUS" label="Russia"/></nodes>
    <edges>
      <edge id="e1" source="PAK" target="RUS" start="2022-01-01" label="Talks">
        <attvalues><attvalue for="0" value="visit"/><attvalue for="1" value="https://example.org/t"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;
    const [error, ...rest] = errorsOf(importData([file('g.gexf', gexf)], replacing));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'g.gexf', record: 'e1', field: 'type', line: 9 });
    expect(error?.message).toContain('"visit" is not a relation type; the 30 types are');
  });
});

describe('shortList and nearest', () => {
  it.each([
    [['b', 'a'], 'a and b'],
    [['only'], 'only'],
    [[], ''],
  ])('lists %j as "%s"', (values, expected) => {
    expect(shortList(values)).toBe(expected);
  });

  it('lists the first values of a long list that fit, then how many more', () => {
    const values = Array.from({ length: 40 }, (_, i) => `type-${String(i).padStart(2, '0')}`);
    const list = shortList(values.toReversed());
    const [, shown, more] = /^(.*) and (\d+) more$/.exec(list) ?? [];
    const listed = shown?.split(', ') ?? [];
    expect(listed).toEqual(values.slice(0, listed.length));
    expect(listed.length + Number(more)).toBe(40);
    expect(list.length).toBeLessThan(200);
  });

  it.each([
    ['pak', ['PAK', 'RUS'], 'PAK'],
    ['alliance', ['alliance'], 'alliance'],
    ['allianse', ['alliance', 'agreement'], 'alliance'],
    ['sanctoin', ['sanction', 'summit'], 'sanction'],
    ['xyz', ['PAK', 'RUS'], undefined],
    // Two equally near: no guess.
    ['ab', ['aa', 'bb'], undefined],
  ])('finds %s nearest to %j', (value, known, expected) => {
    expect(nearest(value, known)).toBe(expected);
  });
});

describe('ids of shipped actors', () => {
  it('gives a relation of PAK and RUS the shipped actors, with their names and lifespans', () => {
    const result = importData([file('r.csv', `${HEADER}\n${row('pak-rus-2022-x')}\n`)], replacing);
    if (!result.ok) throw new Error(texts(result).join('\n'));
    expect(result.dataset.actorById.PAK).toEqual(shipped.actorById.PAK);
    expect(result.dataset.actorById.RUS?.names).toEqual(shipped.actorById.RUS?.names);
    expect(result.notices).toContain(
      "2 of the import's actors are shipped ones, named and dated as in the shipped data: Pakistan (PAK) and Russia (RUS).",
    );
  });

  it('lets an imported actors file win for its own ids, the shipped data filling the rest', () => {
    const result = importData(
      [
        file('r.csv', `${HEADER}\n${row('pak-rus-2022-x')}\n`),
        file('actors.csv', 'id,name,kind\nPAK,My Pakistan,state\n'),
      ],
      replacing,
    );
    if (!result.ok) throw new Error(texts(result).join('\n'));
    expect(result.dataset.actorById.PAK?.name).toBe('My Pakistan');
    expect(result.dataset.actorById.PAK?.exists).toBeUndefined();
    expect(result.dataset.actorById.RUS?.name).toBe('Russia');
  });

  it('checks the relations against the lifespans they bring', () => {
    const result = importData(
      [file('r.csv', `${HEADER}\n${row('pak-rus-1940-x', 'alliance', 'PAK', 'RUS', '1940')}\n`)],
      replacing,
    );
    expect(texts(result)).toEqual([
      'r.csv#pak-rus-1940-x:2:1: start 1940 is before PAK existed (from 1947-08-14)',
    ]);
  });

  it('names the other ids by themselves when the import brings no actors', () => {
    const result = importData(
      [file('r.csv', `${HEADER}\n${row('x-1', 'alliance', 'PAK', 'nor')}\n`)],
      replacing,
    );
    if (!result.ok) throw new Error(texts(result).join('\n'));
    expect(result.dataset.actorById.nor?.name).toBe('nor');
    expect(result.notices.join(' ')).toContain(
      'The import brings no actors, so the 1 actor that is not shipped is named by its id: nor.',
    );
  });
});

describe('adding to the shipped data', () => {
  const csv = `${HEADER}\n${row('pak-rus-2022-new-deal')}\n${row('pak-tal-2022-talks', 'diplomatic-visit', 'PAK', 'taliban')}\n`;

  it('joins the imported relations, actors and types to the shipped data set, validated as a whole', () => {
    const types = JSON.stringify({
      relationTypes: [
        {
          id: 'cricket-match',
          label: 'Cricket match',
          kind: 'event',
          valence: 2,
          directed: false,
          description: 'A match played by national teams.',
        },
      ],
    });
    const result = importData(
      [
        file('r.csv', `${csv}${row('pak-ind-2022-match', 'cricket-match', 'PAK', 'IND')}\n`),
        file('actors.csv', 'id,name,kind\ntaliban,Taliban,group\n'),
        file('relation-types.json', types),
      ],
      shipped,
      'add',
    );
    if (!result.ok) throw new Error(texts(result).join('\n'));
    const { dataset } = result;
    expect(dataset.relations).toHaveLength(shipped.relations.length + 3);
    expect(dataset.actors.map((a) => a.id)).toEqual([
      ...shipped.actors.map((a) => a.id),
      'taliban',
    ]);
    expect(dataset.relationTypes).toHaveLength(shipped.relationTypes.length + 1);
    // The shipped views stand: no view is derived for an addition.
    expect(dataset.views).toEqual(shipped.views);
    expect(result.notices).toEqual([]);
  });

  it('refuses an id the shipped data use already, at its row, and every other error with it', () => {
    const taken = shipped.relations[0]!;
    const result = importData(
      [
        file(
          'r.csv',
          `${csv}${row(taken.id)}\n${row('pak-rus-1800-x', 'alliance', 'PAK', 'RUS', '1800')}\n`,
        ),
        file('actors.csv', 'id,name,kind\nPAK,Pakistan,state\ntaliban,Taliban,group\n'),
      ],
      shipped,
      'add',
    );
    expect(texts(result)).toEqual([
      `r.csv#${taken.id}:4:1: id "${taken.id}" is already the id of a shipped relation ("${taken.title}"): when adding, every relation needs an id of its own, or choose "Replace the shipped data"`,
      'r.csv#pak-rus-1800-x:5:1: start 1800 is before PAK existed (from 1947-08-14)',
      'r.csv#pak-rus-1800-x:5:1: start 1800 is before RUS existed (from 1922-12-30)',
      'actors.csv#PAK:2:1: id "PAK" is already an actor of the shipped data: leave it out to use theirs (relations may name it), or choose "Replace the shipped data"',
    ]);
  });

  it('names the ids the shipped data lack by themselves when the import brings no actors', () => {
    const result = importData([file('r.csv', csv)], shipped, 'add');
    if (!result.ok) throw new Error(texts(result).join('\n'));
    expect(result.dataset.actorById.taliban?.name).toBe('taliban');
    expect(result.notices).toEqual([
      'The import brings no actors, so the 1 actor that the shipped data lack is named by its id: taliban.',
    ]);
  });

  it('keeps what an addition brought, which adds to the shipped data again as it did', () => {
    const result = importData([file('r.csv', csv)], shipped, 'add');
    if (!result.ok) throw new Error(texts(result).join('\n'));
    const added = addedParts(result.dataset, shipped);
    expect(added.relations.map((r) => r.id)).toEqual([
      'pak-rus-2022-new-deal',
      'pak-tal-2022-talks',
    ]);
    expect(added.actors.map((a) => a.id)).toEqual(['taliban']);
    expect(added.relationTypes).toEqual([]);
    const again = addParts(shipped, added, 'r.csv');
    if (!again.ok) throw new Error(again.errors.map(formatError).join('\n'));
    expect(again.dataset.relations).toEqual(result.dataset.relations);
    expect(again.dataset.actors).toEqual(result.dataset.actors);
    // Shipped data that came to use one of its ids refuse it, by name.
    const grown = { ...shipped, relations: [...shipped.relations, added.relations[0]!] };
    const clash = addParts(grown, added, 'r.csv');
    expect(clash.ok ? [] : clash.errors.map((e) => [e.file, e.field])).toEqual([['r.csv', 'id']]);
  });
});

describe('the engine, adding', () => {
  const csv = `${HEADER}\n${row('pak-rus-2022-new-deal')}\n`;
  const bytes = () => [file('r.csv', csv)];

  it('adds an import to the shipped data set it holds, and restores a kept addition', async () => {
    const engine = new Engine({ analyzeExtras, importData, importSources, addParts });
    const load = engine.load(readGraphDataFolder(SHIPPED_DATA));
    if (!load.ok) throw new Error('the shipped data did not load');
    const reply = engine.import(bytes(), [], { into: 'add', shipped: load.dataset });
    if (!reply.ok) throw new Error(reply.errors.map(formatError).join('\n'));
    expect(reply.parts.relations).toHaveLength(shipped.relations.length + 1);
    expect(reply.parts.actors).toEqual(shipped.actors);
    const restored = engine.restore('r.csv', addedParts(reply.parts, load.parts), {
      into: 'add',
      shipped: load.dataset,
    });
    expect(restored.ok && restored.parts.relations).toEqual(reply.parts.relations);
    // Replacing (through a request, as the worker gets it), the shipped actors come by value.
    const replaced = await engine.handle({
      kind: 'import',
      files: [source('r.csv', csv)],
      relationTypes: shipped.relationTypes,
      actors: shipped.actors,
    });
    expect(replaced.ok && 'parts' in replaced && replaced.parts.actors.map((a) => a.name)).toEqual([
      'Pakistan',
      'Russia',
    ]);
  });

  it('answers an addition with no shipped data set held with what to do', () => {
    const engine = new Engine({ analyzeExtras, importData });
    const reply = engine.import(bytes(), [], { into: 'add', shipped: 7 });
    expect(reply.ok ? [] : reply.errors.map(formatError)).toEqual([
      'r.csv: cannot be added to the shipped data: they are not loaded (reload the page, or choose "Replace the shipped data")',
    ]);
    expect(engine.restore('kept', shipped, { into: 'add' }).ok).toBe(false);
  });
});
