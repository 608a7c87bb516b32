import { useI18n, type MessageKey } from '../lib/i18n';

/** An honest placeholder: the view exists, its backend does not yet. */
export function ComingSoon({ title, arrivesWith }: { title: MessageKey; arrivesWith: MessageKey }) {
  const { t } = useI18n();
  return (
    <section className="card card--pending" aria-label={t(title)}>
      <h3>{t(title)}</h3>
      <p className="muted">{t('common.arrivesWith', { what: t(arrivesWith) })}</p>
    </section>
  );
}
