// The session in Svelte context, for the components that import data or show where it came from.
import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte';

const KEY = Symbol('session');

export function setSession(session: Session): Session {
  return setContext(KEY, session);
}

export function getSession(): Session {
  const session = getContext<Session | undefined>(KEY);
  if (!session)
    throw new Error('Expected a Session in context: call setSession() in a parent component');
  return session;
}
