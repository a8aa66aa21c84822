// The session in Svelte context, for the components that import data or show where it came from.
import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte';

const KEY = Symbol('session');

export function setSession(session: Session): Session {
  return setContext(KEY, session);
}

/** The context map for `mount(Component, { context })`, for mounting a part of the UI alone. */
export function sessionContext(session: Session): Map<symbol, Session> {
  return new Map([[KEY, session]]);
}

export function getSession(): Session {
  const session = getContext<Session | undefined>(KEY);
  if (!session)
    throw new Error('Expected a Session in context: call setSession() in a parent component');
  return session;
}
