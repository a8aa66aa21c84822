// The words Entente uses, each in one or two plain sentences: for the "?" beside a term and the
// glossary. One list, so a term means the same wherever it is explained.

import { GLOSSARY_TERMS, type GlossaryKey } from './glossary-terms';

export interface GlossaryEntry {
  readonly term: string;
  readonly text: string;
}

export const GLOSSARY = {
  tie: {
    term: GLOSSARY_TERMS.tie,
    text: 'Everything between two actors in the window, added up into one score: above 0 they cooperate more than they clash, below 0 the reverse.',
  },
  score: {
    term: GLOSSARY_TERMS.score,
    text: 'The sum of the relations between two actors, each counted by its valence (how friendly or hostile that kind of relation is, from −10 for war to +10 for a defence pact), its weight, and how much of the window it held.',
  },
  valence: {
    term: GLOSSARY_TERMS.valence,
    text: 'How friendly (+) or hostile (−) a kind of relation is, on a scale from −10 to +10 adapted from the Goldstein conflict–cooperation scale.',
  },
  camp: {
    term: GLOSSARY_TERMS.camp,
    text: 'The two sides the actors split into: the split that leaves the least tie strength against it — the fewest hostile ties inside a side and friendly ties across. Camp letters follow the reference era, so a colour means the same side in every era.',
  },
  oneBloc: {
    term: GLOSSARY_TERMS.oneBloc,
    text: 'No split into two sides fits better than keeping everyone together: the friendly ties outweigh the hostile ones.',
  },
  against: {
    term: GLOSSARY_TERMS.against,
    text: 'Friendly ties across the two camps and hostile ties inside one: what the split cannot explain. A hostile tie inside a camp counts twice.',
  },
  chance: {
    term: GLOSSARY_TERMS.chance,
    text: 'The same scores shuffled at random across the same pairs a thousand times: if most shuffles split as cleanly, the camps may be chance (the p-value is that share).',
  },
  hedging: {
    term: GLOSSARY_TERMS.hedging,
    text: 'An actor that would lose little by switching camps: its ties to the other side are almost as strong as to its own. Drawn with an orange dashed ring.',
  },
  ambivalent: {
    term: GLOSSARY_TERMS.ambivalent,
    text: 'A tie with large parts of both cooperation and conflict (say, trade and a border war), which a single score would hide. Drawn dash-dot.',
  },
  balance: {
    term: GLOSSARY_TERMS.balance,
    text: 'Three actors whose ties agree: the friend of my friend is my friend, the enemy of my friend my enemy. An unbalanced triangle — a friend of two who are hostile — is under strain.',
  },
  community: {
    term: GLOSSARY_TERMS.community,
    text: 'A group with more friendly and fewer hostile ties inside than chance would give; unlike camps there can be more than two.',
  },
  layers: {
    term: GLOSSARY_TERMS.layers,
    text: 'The kinds of relations counted: security (alliances, wars, arms, sanctions), diplomacy (visits, treaties), economy (trade, aid, energy) and UN votes. Alignment is read on security by default.',
  },
  timeWeighted: {
    term: GLOSSARY_TERMS.timeWeighted,
    text: 'A lasting relation counts for the share of the window it held; an event counts in its year and then fades by half every two years.',
  },
  strength: {
    term: GLOSSARY_TERMS.strength,
    text: 'How much is going on around an actor: the sum of its ties’ scores, friendly or hostile. The default size of an actor.',
  },
} as const satisfies Readonly<Record<GlossaryKey, GlossaryEntry>>;

export type { GlossaryKey };
