import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Provider } from 'urql';
import { LiveBadge } from './components/Badges';
import { useAuth, workspacesOf, type Workspace } from './lib/auth';
import { createInnomedClient } from './lib/client';
import { useI18n } from './lib/i18n';
import { Link, match, navigate, usePath } from './lib/router';
import { AuditView } from './views/AuditView';
import { DirectoryView } from './views/DirectoryView';
import { GpHome } from './views/GpHome';
import { JourneyWorkspace } from './views/JourneyWorkspace';
import { PatientView } from './views/PatientView';
import { RegulatorHome } from './views/RegulatorHome';
import { SignIn } from './views/SignIn';
import { UnitHome } from './views/UnitHome';

// The dashboard carries the charting library: loaded when opened, not on a patient's phone.
const TerritoryView = lazy(() => import('./views/TerritoryView').then((m) => ({ default: m.TerritoryView })));

const homes: Record<Workspace, string> = {
  patient: '/patient',
  gp: '/gp',
  unit: '/unit',
  regulator: '/regulator',
  territory: '/territory',
  directory: '/directory',
  audit: '/audit',
};

export function App() {
  const { session, signOut } = useAuth();
  const { t, lang, setLang } = useI18n();
  const path = usePath();
  const token = session?.accessToken;
  const connection = useMemo(() => (token ? createInnomedClient(token, signOut) : null), [token, signOut]);
  useEffect(() => () => connection?.dispose(), [connection]);
  // Development tokens last an hour: leave the session when it ends rather than fail request by request.
  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setTimeout(signOut, Math.max(0, new Date(expiresAt).getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [expiresAt, signOut]);

  const workspaces = session ? workspacesOf(session.user.role) : [];
  useEffect(() => {
    if (session && (path === '/' || path === '/signin')) navigate(homes[workspaces[0]], true);
    if (!session && path !== '/') navigate('/', true);
  }, [session, path, workspaces]);

  return (
    <>
      <a className="skip" href="#main">
        {t('common.skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Innomed">
          <img src="/favicon.svg" alt="" width={28} height={28} /> Innomed
        </Link>
        {session ? (
          <nav aria-label={t('nav.label')}>
            <ul>
              {workspaces.map((w) => (
                <li key={w}>
                  <Link to={homes[w]} aria-current={path.startsWith(homes[w]) ? 'page' : undefined}>
                    {t(`nav.${w}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="topbar__end">
          {session ? <LiveBadge /> : null}
          <label className="lang">
            <span className="visually-hidden">{t('common.language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as 'FR' | 'EN')}>
              <option value="FR">FR</option>
              <option value="EN">EN</option>
            </select>
          </label>
          {session ? (
            <>
              <span className="topbar__user" data-role={session.user.role}>
                {session.user.name}
              </span>
              <button type="button" className="button button--small" onClick={signOut}>
                {t('signin.signOut')}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {session && connection ? (
          <Provider value={connection.client}>
            <Routes path={path} workspaces={workspaces} />
          </Provider>
        ) : (
          <SignIn />
        )}
      </main>
    </>
  );
}

function Routes({ path, workspaces }: { path: string; workspaces: Workspace[] }) {
  const { t } = useI18n();
  const allowed = (w: Workspace) => workspaces.includes(w);
  let params: Record<string, string> | null;
  if (allowed('patient') && match('/patient', path)) return <PatientView />;
  if (allowed('gp') && match('/gp', path)) return <GpHome />;
  if (allowed('gp') && (params = match('/gp/journeys/:id', path))) return <JourneyWorkspace key={params.id} id={params.id} back="/gp" />;
  if (allowed('unit') && match('/unit', path)) return <UnitHome />;
  if (allowed('unit') && (params = match('/unit/journeys/:id', path))) return <JourneyWorkspace key={params.id} id={params.id} back="/unit" />;
  if (allowed('regulator') && match('/regulator', path)) return <RegulatorHome />;
  if (allowed('regulator') && (params = match('/regulator/journeys/:id', path))) return <JourneyWorkspace key={params.id} id={params.id} back="/regulator" />;
  if (match('/territory', path))
    return (
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <TerritoryView />
      </Suspense>
    );
  if (match('/directory', path)) return <DirectoryView />;
  if (allowed('audit') && match('/audit', path)) return <AuditView />;
  if (path === '/') return null;
  return (
    <p role="alert">
      {t('common.notFound')} <Link to="/">{t('common.home')}</Link>
    </p>
  );
}
