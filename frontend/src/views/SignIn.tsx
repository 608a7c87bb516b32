import { useEffect, useMemo, useState } from 'react';
import { devSignIn, fetchDevUsers, useAuth, type DevUser } from '../lib/auth';
import { useI18n } from '../lib/i18n';

const roleOrder = ['Patient', 'Gp', 'Specialist', 'HospitalStaff', 'Biologist', 'Radiologist', 'Regulator', 'Admin', 'DataProtectionOfficer'];

/** Development sign-in of the embedded run: pick a demo user. Elsewhere the identity provider signs people in. */
export function SignIn() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [users, setUsers] = useState<DevUser[] | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    fetchDevUsers().then(setUsers, () => setFailed(true));
  }, []);
  const groups = useMemo(() => {
    const byRole = new Map<string, DevUser[]>();
    for (const u of users ?? []) byRole.set(u.role, [...(byRole.get(u.role) ?? []), u]);
    return [...byRole.entries()].sort((a, b) => roleOrder.indexOf(a[0]) - roleOrder.indexOf(b[0]));
  }, [users]);

  const pick = async (user: DevUser) => {
    setBusy(user.id);
    try {
      signIn(await devSignIn(user.id));
    } catch {
      setFailed(true);
      setBusy(null);
    }
  };

  return (
    <section className="signin" aria-labelledby="signin-title">
      <h2 id="signin-title">{t('signin.title')}</h2>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('error.NETWORK')}
        </p>
      ) : null}
      {users === undefined && !failed ? <p role="status">{t('common.loading')}</p> : null}
      {users === null ? <p>{t('signin.noDev')}</p> : null}
      {users ? <p className="muted">{t('signin.devIntro')}</p> : null}
      {groups.map(([role, list]) => (
        <section key={role} className="signin__group" aria-labelledby={`role-${role}`}>
          <h3 id={`role-${role}`}>{t(`userRole.${role}` as never)}</h3>
          <ul className="signin__users">
            {list.map((u) => (
              <li key={u.id}>
                <button type="button" className="button signin__user" data-user-id={u.id} disabled={busy !== null} onClick={() => void pick(u)}>
                  <strong>{u.name}</strong>
                  {u.unitId ? <span className="muted"> · {u.unitId}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
