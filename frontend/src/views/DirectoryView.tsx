import { useState } from 'react';
import { useQuery } from 'urql';
import { SearchPractitionersQuery, SearchUnitsQuery } from '../api/operations';
import { ContactButtons } from '../components/ContactButtons';
import { useSession } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { personName } from '../lib/format';
import { useI18n } from '../lib/i18n';

/** The territory's directory: who to call, mail or see on video, now. */
export function DirectoryView() {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const territoryId = session.user.territoryId ?? 'demo';
  const [text, setText] = useState('');
  const [what, setWhat] = useState<'practitioners' | 'units'>('practitioners');
  const [soon, setSoon] = useState(false);
  // Calendars are for professionals; a patient's directory shows contacts only.
  const professional = session.user.role !== 'Patient';
  const slots = { freeSlotWithinHours: professional && soon ? 48 : null, withSlots: professional };
  const [practitioners] = useQuery({ query: SearchPractitionersQuery, variables: { territoryId, text: text || null, ...slots }, pause: what !== 'practitioners' });
  const [units] = useQuery({ query: SearchUnitsQuery, variables: { territoryId, text: text || null, ...slots }, pause: what !== 'units' });

  return (
    <div className="workspace">
      <h2>{t('directory.title')}</h2>
      <form className="card search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('directory.search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('directory.placeholder')} />
        </label>
        <fieldset className="segmented">
          <legend>{t('directory.what')}</legend>
          <label>
            <input type="radio" name="what" checked={what === 'practitioners'} onChange={() => setWhat('practitioners')} />
            {t('directory.practitioners')}
          </label>
          <label>
            <input type="radio" name="what" checked={what === 'units'} onChange={() => setWhat('units')} />
            {t('directory.units')}
          </label>
        </fieldset>
        {professional ? (
          <label className="choice">
            <input type="checkbox" checked={soon} onChange={(e) => setSoon(e.target.checked)} />
            {t('refer.freeWithin48')}
          </label>
        ) : null}
      </form>
      <ErrorNotice error={practitioners.error ?? units.error} />
      <ul className="directory" aria-label={t('directory.results')} aria-busy={practitioners.fetching || units.fetching}>
        {what === 'practitioners'
          ? practitioners.data?.searchPractitioners.map((p) => (
              <li key={p.id} className="card directory__entry">
                <div>
                  <strong>{personName(p)}</strong>
                  <div className="muted">
                    {t(`role.${p.role}`)}
                    {p.specialty ? ` · ${p.specialty}` : ''}
                    {p.nextFreeSlot ? ` · ${t('refer.nextSlot', { at: dateTime(p.nextFreeSlot.start) })}` : ''}
                  </div>
                </div>
                <ContactButtons contact={p.contact} who={personName(p)} />
              </li>
            ))
          : units.data?.searchUnits.map((u) => (
              <li key={u.id} className="card directory__entry">
                <div>
                  <strong>{u.name}</strong>
                  <div className="muted">
                    {u.hospitalName} · {t(`unitKind.${u.kind}`)}
                    {u.capacity ? ` · ${t('capacity.freeBeds', { n: u.capacity.bedsFree })}` : ''}
                    {u.nextFreeSlot ? ` · ${t('refer.nextSlot', { at: dateTime(u.nextFreeSlot.start) })}` : ''}
                  </div>
                </div>
                <ContactButtons contact={u.contactPoint} who={u.name} />
              </li>
            ))}
      </ul>
    </div>
  );
}
