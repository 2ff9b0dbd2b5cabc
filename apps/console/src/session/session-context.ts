import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/api-client';
import type { Me } from '../api/types';

export interface Session {
  me: Me;
  api: ApiClient;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only pages behind sign-in call this. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside a signed-in page');
  return session;
}
