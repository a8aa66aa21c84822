import { describe, expect, it } from 'vitest';
import {
  campsSentence,
  certaintySentence,
  hedgingSentence,
  listNames,
  partnerChanges,
} from '../../src/core/analysis/camp-words';

const NAMES: Record<string, string> = { A: 'Avalon', B: 'Brigadoon', C: 'Camelot', D: 'Dunland' };
const name = (id: string) => NAMES[id] ?? id;

describe('campsSentence', () => {
  it('names two camps, one bloc, or no camps — never an empty camp', () => {
    expect(campsSentence({ camps: [['A', 'B'], ['C']], oneBloc: false }, name)).toBe(
      'Two camps: Avalon and Brigadoon on one side; Camelot on the other.',
    );
    expect(campsSentence({ camps: [['A', 'B', 'C'], []], oneBloc: true }, name)).toBe(
      'One bloc: no split into two camps leaves less frustration than keeping Avalon, Brigadoon and Camelot together.',
    );
    expect(campsSentence({ camps: [[], []], oneBloc: false }, name)).toBe(
      'No ties in this window, so no camps.',
    );
  });

  it('says why a reading beyond the security layer can make one bloc', () => {
    const text = campsSentence(
      { camps: [['A', 'B'], []], oneBloc: true, layers: ['security', 'economy'] },
      name,
    );
    expect(text).toContain('the security layer alone shows who sides with whom');
  });
});

describe('certaintySentence and hedgingSentence', () => {
  it('says the share against the split, the runner-up and what the p-value means', () => {
    const text = certaintySentence(
      {
        camps: [
          ['A', 'B'],
          ['C', 'D'],
        ],
        oneBloc: false,
        frustration: 2,
        normalizedFrustration: 0.1,
        runnerUp: { camps: [['A'], ['B', 'C', 'D']], frustration: 5 },
        optimalSplits: 1,
        pValue: 0.02,
      },
      name,
      20,
    );
    expect(text).toBe(
      '10% of the tie strength runs against this split (hostile ties inside a camp count twice); the next best split (Avalon against Brigadoon, Camelot and Dunland) leaves 25%; the split is clearer than in 98% of random shuffles of the same scores (p = 0.020).',
    );
  });

  it('names the hedgers with their costs', () => {
    expect(hedgingSentence({ hedging: [{ actor: 'B', cost: 1, share: 0.2 }] }, name)).toBe(
      'Brigadoon is hedging: switching camps would cost less than 33% of its tie strength (Brigadoon 20%).',
    );
    expect(hedgingSentence({ hedging: [] }, name)).toBe('');
  });

  it('names a long runner-up and many hedgers up to a limit, then "and N more"', () => {
    // 200 actors (a large data set) make sentences of thousands of names, unread and slow to lay out.
    const ids = Array.from({ length: 30 }, (_, i) => `X${i}`);
    const report = {
      camps: [ids.slice(0, 15), ids.slice(15)] as const,
      oneBloc: false,
      frustration: 2,
      normalizedFrustration: 0.1,
      runnerUp: { camps: [ids.slice(0, 3), ids.slice(3)] as const, frustration: 5 },
      optimalSplits: 1,
      pValue: null,
    };
    expect(certaintySentence(report, name, 20, 4)).toContain(
      '(X0, X1 and X2 against X3, X4, X5, X6 and 23 more)',
    );
    expect(certaintySentence(report, name, 20)).toContain('X27, X28 and X29)');
    const hedging = ids.slice(0, 7).map((actor, i) => ({ actor, cost: 1, share: i / 100 }));
    expect(hedgingSentence({ hedging }, name, 3)).toBe(
      'X0, X1, X2 and 4 more are hedging: switching camps would cost less than 33% of their tie strength (X0 0%, X1 1%, X2 2% and 4 more).',
    );
    // One name past the limit is named rather than counted.
    expect(hedgingSentence({ hedging: hedging.slice(0, 4) }, name, 3)).toContain(
      '(X0 0%, X1 1%, X2 2%, X3 3%)',
    );
  });
});

describe('partnerChanges', () => {
  it('says whose camp-mates changed, whatever the camp letters', () => {
    const actors = ['A', 'B', 'C', 'D'].map((id) => ({ id, name: name(id) }));
    expect(
      partnerChanges(
        {
          actors,
          camps: [
            ['A', 'B'],
            ['C', 'D'],
          ],
        },
        {
          actors,
          camps: [
            ['A', 'C'],
            ['B', 'D'],
          ],
        },
        name,
      ),
    ).toEqual([
      'Avalon: with Brigadoon → with Camelot',
      'Brigadoon: with Avalon → with Dunland',
      'Camelot: with Dunland → with Avalon',
      'Dunland: with Camelot → with Brigadoon',
    ]);
    expect(listNames(['A'], name)).toBe('Avalon');
  });
});
