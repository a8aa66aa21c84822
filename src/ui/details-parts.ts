// The details of a selection — an actor's or a tie's, with their charts and source lists — in a
// chunk of their own, loaded when something is first selected, so they do not weigh on the
// first screen.
export { default as ActorDetails } from './ActorDetails.svelte';
export { default as TieDetails } from './TieDetails.svelte';
