/**
 * The signed-in user's token, kept in sessionStorage: it survives a reload of the tab but not
 * the tab itself, and it is never written to localStorage (readable by every tab, forever).
 * Signing out, or the server answering 401, forgets it.
 */
const TOKEN_KEY = 'kdmp.console.token';

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage blocked: the token lives in memory only
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // memory only
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // nothing kept
  }
}
