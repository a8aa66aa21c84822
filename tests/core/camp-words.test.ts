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
