import { describe, expect, it } from 'vitest';
import type { ImportReply } from '../../src/core/import/reply';
import { Session, type SessionDeps } from '../../src/state/session.svelte';
import { folder, relation } from '../builders';

type Stored = Parameters<SessionDeps['store']['save']>[0];

function deps(replies: ImportReply[]) {
  const saved: { value?: Stored } = {};
  const calls: string[] = [];
  const d: SessionDeps = {
    importer: async (files) => {
      calls.push(files.map((f) => f.name).join(','));
      const reply = replies.shift();
      if (!reply) throw new Error('no reply queued');
      return reply;
    },
    store: {
      load: async () => saved.value,
      save: async (value) => {
        saved.value = value;
      },
      clear: async () => {
        delete saved.value;
      },
    },
  };
  return { d, saved, calls };
}

const parts = (name: string) => ({
  actors: [
    { id: 'aa', name: `${name} A`, kind: 'state' as const },
    { id: 'bb', name: 'B', kind: 'state' as const },
  ],
  relationTypes: [
    {
      id: 'pact',
      label: 'Pact',
      kind: 'state' as const,
      valence: 5,
      directed: false,
      description: 'x',
    },
  ],
  relations: [
    {
      id: 'aa-bb',
      type: 'pact',
      source: 'aa',
      target: 'bb',
      start: '1990',
      title: 'P',
      summary: 'S',
      sources: [{ title: 't', url: 'https://example.org' }],
    },
  ],
  views: [{ id: 'all', label: 'All', start: '1990', end: '2000' }],
});

const file = (name: string) => new File(['{}'], name);

describe('Session', () => {
  it('shows the shipped data, or their errors', () => {
    const good = new Session(folder(), deps([]).d);
    expect(good.explorer?.dataset.actors).toHaveLength(2);
    expect(good.source).toEqual({ kind: 'shipped' });
    const bad = new Session(folder({ relations: [relation({ target: 'atlantis' })] }), deps([]).d);
    expect(bad.explorer).toBeNull();
    expect(bad.shippedErrors[0]?.message).toContain('"atlantis" is not an actor');
  });

  it('replaces the data with a good import, keeps it, and restores the shipped data', async () => {
    const { d, saved } = deps([
      { ok: true, name: 'mine.json', notices: ['filled in'], parts: parts('Mine') },
    ]);
    const session = new Session(folder(), d);
    expect(await session.importFiles([file('mine.json')])).toBe(true);
    expect(session.source).toEqual({ kind: 'imported', name: 'mine.json' });
    expect(session.explorer?.dataset.actorById.aa?.name).toBe('Mine A');
    expect(session.importNotices).toEqual(['filled in']);
    expect(saved.value?.name).toBe('mine.json');

    const again = new Session(folder(), d);
    await again.restoreSaved();
    expect(again.source).toEqual({ kind: 'imported', name: 'mine.json' });
    expect(again.explorer?.dataset.actorById.aa?.name).toBe('Mine A');

    await again.restoreShipped();
    expect(again.source).toEqual({ kind: 'shipped' });
    expect(again.explorer?.dataset.actorById.north).toBeDefined();
    expect(saved.value).toBeUndefined();
  });

  it('keeps what was shown when an import fails, and lists the errors', async () => {
    const { d, saved } = deps([
      {
        ok: false,
        errors: [
          { file: 'bad.json', message: 'JSON syntax error: expected a value', line: 1, column: 2 },
        ],
      },
    ]);
    const session = new Session(folder(), d);
    const before = session.explorer;
    expect(await session.importFiles([file('bad.json')])).toBe(false);
    expect(session.explorer).toBe(before);
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.importErrors).toHaveLength(1);
    expect(saved.value).toBeUndefined();
    session.dismissImportErrors();
    expect(session.importErrors).toEqual([]);
  });

  it('validates what the worker sends back before using it', async () => {
    const broken = parts('X');
    const reply: ImportReply = {
      ok: true,
      name: 'x.json',
      notices: [],
      parts: { ...broken, relations: [{ ...broken.relations[0]!, target: 'zz' }] },
    };
    const session = new Session(folder(), deps([reply]).d);
    expect(await session.importFiles([file('x.json')])).toBe(false);
    expect(session.importErrors[0]?.message).toContain('"zz" is not an actor');
  });

  it('takes an edit of the shipped files, or keeps the last good view and lists the errors', () => {
    const session = new Session(folder(), deps([]).d, '?view=early');
    const before = session.explorer;
    session.useShippedFiles(folder({ relations: [relation({ end: '1940' })] }));
    expect(session.explorer).toBe(before);
    expect(session.shippedErrors[0]?.message).toContain('is before start');
    session.useShippedFiles(folder({ relations: [relation({ title: 'Renamed pact' })] }));
    expect(session.shippedErrors).toEqual([]);
    expect(session.explorer).not.toBe(before);
    expect(session.explorer?.dataset.relations[0]?.title).toBe('Renamed pact');
  });

  it('drops a kept import that no longer loads, and says so', async () => {
    const { d, saved } = deps([]);
    saved.value = {
      name: 'old.json',
      notices: [],
      parts: {
        ...parts('Old'),
        views: [],
        relations: [{ ...parts('Old').relations[0]!, type: 'gone' }],
      },
    };
    const session = new Session(folder(), d);
    await session.restoreSaved();
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.importNotices[0]).toContain('no longer load');
    expect(saved.value).toBeUndefined();
  });
});
