// The terms the explorer explains, by key: small enough for the first screen (the "?" buttons
// name them); their explanations are in glossary.ts, loaded when one is asked for.

export const GLOSSARY_TERMS = {
  tie: 'Tie',
  score: 'Score',
  valence: 'Valence',
  camp: 'Camp',
  oneBloc: 'One bloc',
  against: 'Ties against the split',
  chance: 'Clearer than chance',
  hedging: 'Hedging',
  ambivalent: 'Ambivalent tie',
  balance: 'Balanced triangle',
  community: 'Community',
  layers: 'Layers',
  timeWeighted: 'Time-weighted',
  strength: 'Tie strength',
} as const;

export type GlossaryKey = keyof typeof GLOSSARY_TERMS;
