// The words Entente uses, each in one or two plain sentences: for the "?" beside a term and the
// glossary. One list, so a term means the same wherever it is explained.

export interface GlossaryEntry {
  readonly term: string;
  readonly text: string;
}

export const GLOSSARY = {
  tie: {
    term: 'Tie',
    text: 'Everything between two actors in the window, added up into one score: above 0 they cooperate more than they clash, below 0 the reverse.',
  },
  score: {
    term: 'Score',
    text: 'The sum of the relations between two actors, each counted by its valence (how friendly or hostile that kind of relation is, from −10 for war to +10 for a defence pact), its weight, and how much of the window it held.',
  },
  valence: {
    term: 'Valence',
    text: 'How friendly (+) or hostile (−) a kind of relation is, on a scale from −10 to +10 adapted from the Goldstein conflict–cooperation scale.',
  },
  camp: {
    term: 'Camp',
    text: 'The two sides the actors split into: the split that leaves the least tie strength against it — the fewest hostile ties inside a side and friendly ties across. Camp letters follow the reference era, so a colour means the same side in every era.',
  },
  oneBloc: {
    term: 'One bloc',
    text: 'No split into two sides fits better than keeping everyone together: the friendly ties outweigh the hostile ones.',
  },
  against: {
    term: 'Ties against the split',
    text: 'Friendly ties across the two camps and hostile ties inside one: what the split cannot explain. A hostile tie inside a camp counts twice.',
  },
  chance: {
    term: 'Clearer than chance',
    text: 'The same scores shuffled at random across the same pairs a thousand times: if most shuffles split as cleanly, the camps may be chance (the p-value is that share).',
  },
  hedging: {
    term: 'Hedging',
    text: 'An actor that would lose little by switching camps: its ties to the other side are almost as strong as to its own. Drawn with an orange dashed ring.',
  },
  ambivalent: {
    term: 'Ambivalent tie',
    text: 'A tie with large parts of both cooperation and conflict (say, trade and a border war), which a single score would hide. Drawn dash-dot.',
  },
  balance: {
    term: 'Balanced triangle',
    text: 'Three actors whose ties agree: the friend of my friend is my friend, the enemy of my friend my enemy. An unbalanced triangle — a friend of two who are hostile — is under strain.',
  },
  community: {
    term: 'Community',
    text: 'A group with more friendly and fewer hostile ties inside than chance would give; unlike camps there can be more than two.',
  },
  layers: {
    term: 'Layers',
    text: 'The kinds of relations counted: security (alliances, wars, arms, sanctions), diplomacy (visits, treaties), economy (trade, aid, energy) and UN votes. Alignment is read on security by default.',
  },
  timeWeighted: {
    term: 'Time-weighted',
    text: 'A lasting relation counts for the share of the window it held; an event counts in its year and then fades by half every two years.',
  },
  strength: {
    term: 'Tie strength',
    text: 'How much is going on around an actor: the sum of its ties’ scores, friendly or hostile. The default size of an actor.',
  },
} as const satisfies Readonly<Record<string, GlossaryEntry>>;

export type GlossaryKey = keyof typeof GLOSSARY;
