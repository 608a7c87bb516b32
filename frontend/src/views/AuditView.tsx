import { useState } from 'react';
import { AuditTrail } from '../components/AuditTrail';
import { useI18n } from '../lib/i18n';

/** The data-protection officer's desk: a journey's access trail, by journey id. */
export function AuditView() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [journeyId, setJourneyId] = useState<string | null>(null);
  return (
    <div className="workspace">
      <h2>{t('audit.title')}</h2>
      <form
        className="card"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setJourneyId(text.trim() || null);
        }}
      >
        <label>
          {t('audit.journeyId')}
          <input value={text} onChange={(e) => setText(e.target.value)} required autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="button button--primary">
          {t('audit.show')}
        </button>
      </form>
      {journeyId ? (
        <section className="card" aria-label={t('audit.title')}>
          <AuditTrail key={journeyId} journeyId={journeyId} />
        </section>
      ) : null}
    </div>
  );
}
