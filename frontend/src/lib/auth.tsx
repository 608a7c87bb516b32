import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A user of the development sign-in (GET /auth/dev/users). */
export interface DevUser {
  id: string;
  name: string;
  role: string; // Gp, Specialist, HospitalStaff, Biologist, Radiologist, Regulator, Patient, Admin, DataProtectionOfficer
  unitId: string | null;
  territoryId: string | null;
}

export interface Session {
  accessToken: string;
  expiresAt: string;
  user: DevUser;
}

const storageKey = 'innomed.session';

/** Session storage: the token dies with the tab, never shared with other tabs or written to logs. */
function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export async function fetchDevUsers(): Promise<DevUser[] | null> {
  const response = await fetch('/auth/dev/users', { headers: { accept: 'application/json' } });
  if (response.status === 404) return null; // not the embedded run: sign in through the identity provider
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as DevUser[];
}

export async function devSignIn(userId: string): Promise<Session> {
  const response = await fetch('/auth/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { accessToken: string; expiresAt: string; user: DevUser };
  return { accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user };
}

interface Auth {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children, initial }: { children: ReactNode; initial?: Session | null }) {
  const [session, setSession] = useState<Session | null>(initial !== undefined ? initial : load());
  const signIn = useCallback((next: Session) => {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The session of a signed-in view (the router only renders those with one). */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('no session');
  return session;
}

export type Workspace = 'patient' | 'gp' | 'unit' | 'regulator' | 'territory' | 'directory' | 'audit';

/** Where each role lands after signing in, and which workspaces it may open. */
export function workspacesOf(role: string): Workspace[] {
  switch (role) {
    case 'Patient':
      return ['patient', 'directory'];
    case 'Gp':
      return ['gp', 'territory', 'directory'];
    case 'Specialist':
    case 'HospitalStaff':
    case 'Biologist':
    case 'Radiologist':
      return ['unit', 'territory', 'directory'];
    case 'Regulator':
      return ['regulator', 'territory', 'directory'];
    case 'DataProtectionOfficer':
      return ['audit', 'directory'];
    default:
      return ['territory', 'directory'];
  }
}
