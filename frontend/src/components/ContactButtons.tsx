import { useI18n } from '../lib/i18n';

interface ContactLike {
  phone?: string | null;
  email?: string | null;
  videoLink?: string | null;
}

/** One-tap ways to reach someone: call, mail, video. */
export function ContactButtons({ contact, who }: { contact: ContactLike | null | undefined; who: string }) {
  const { t } = useI18n();
  if (!contact) return null;
  return (
    <span className="contact">
      {contact.phone ? (
        <a className="button button--small" href={`tel:${contact.phone.replace(/\s+/g, '')}`} aria-label={t('contact.callWho', { who })}>
          {t('contact.call')}
        </a>
      ) : null}
      {contact.email ? (
        <a className="button button--small" href={`mailto:${contact.email}`} aria-label={t('contact.mailWho', { who })}>
          {t('contact.mail')}
        </a>
      ) : null}
      {contact.videoLink ? (
        <a className="button button--small" href={contact.videoLink} target="_blank" rel="noreferrer" aria-label={t('contact.videoWho', { who })}>
          {t('contact.video')}
        </a>
      ) : null}
    </span>
  );
}
