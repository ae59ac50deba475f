// Who is logged in: /auth/me on the first staff page (keeping its CSRF token), login, logout, and
// the permission check the menu and pages use. A 401 from any call returns to the login page.
// The public pages need no session, so they do not ask for one; nor does the login page in a
// browser that holds none, since asking there would only log a 401.
import type { LoginAnswer, Me, Permission, SessionStarted } from '@jiandu/contracts';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation } from 'react-router-dom';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../lib/api';

type Status = 'loading' | 'anonymous' | 'authenticated';

interface AuthValue {
  status: Status;
  me: Me | null;
  /** true when the last session ended by itself (expired) rather than by logging out */
  expired: boolean;
  can(permission: Permission): boolean;
  /** 'totp' when the password was right and the account's second factor is awaited */
  login(username: string, password: string): Promise<'done' | 'totp'>;
  /** the second step: the 6-digit code of the authenticator app */
  loginCode(code: string): Promise<void>;
  logout(everywhere?: boolean): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

// set while this browser may hold a session; the cookie itself is out of the page's reach
const SESSION_HINT = 'jiandu.session';

function rememberSession(held: boolean) {
  try {
    if (held) localStorage.setItem(SESSION_HINT, '1');
    else localStorage.removeItem(SESSION_HINT);
  } catch {
    // private mode: the login page asks every time
  }
}

function mayHoldSession(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return true;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [expired, setExpired] = useState(false);
  const { pathname } = useLocation();
  const asked = useRef(false);

  const loadMe = useCallback(async () => {
    asked.current = true;
    try {
      const who = await api.get<Me>('/auth/me');
      setCsrfToken(who.csrfToken);
      setMe(who);
      setStatus('authenticated');
      rememberSession(true);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) console.error(err);
      rememberSession(false);
      setCsrfToken(null);
      setMe(null);
      setStatus('anonymous');
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      rememberSession(false);
      setCsrfToken(null);
      setMe(null);
      setExpired(true);
      setStatus('anonymous');
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  useEffect(() => {
    if (asked.current || pathname.startsWith('/public/')) return;
    if (pathname === '/login' && !mayHoldSession()) return;
    void loadMe();
  }, [pathname, loadMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      const s = await api.post<LoginAnswer>('/auth/login', {
        username,
        password,
      });
      if ('totpRequired' in s) return 'totp';
      setCsrfToken(s.csrfToken);
      setExpired(false);
      await loadMe();
      return 'done';
    },
    [loadMe],
  );

  const loginCode = useCallback(
    async (code: string) => {
      const s = await api.post<SessionStarted>('/auth/totp', { code });
      setCsrfToken(s.csrfToken);
      setExpired(false);
      await loadMe();
    },
    [loadMe],
  );

  const logout = useCallback(async (everywhere = false) => {
    try {
      await api.post(everywhere ? '/auth/logout-everywhere' : '/auth/logout');
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
    }
    rememberSession(false);
    setCsrfToken(null);
    setMe(null);
    setExpired(false);
    setStatus('anonymous');
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      status,
      me,
      expired,
      can: (p) => me?.permissions.includes(p) ?? false,
      login,
      loginCode,
      logout,
    }),
    [status, me, expired, login, loginCode, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
