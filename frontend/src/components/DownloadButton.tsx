import { useState } from 'react';
import { useSession } from '../lib/auth';
import { DocumentError, downloadWithToken } from '../lib/documents';
import { CodeNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/**
 * Downloads a protected file (a document, a prescription's PDF, a CSV statement). A plain link would
 * go without the bearer token and be refused, so the button fetches it with the token and saves it.
 */
export function DownloadButton({ url, name, label, className = 'button button--small' }: { url: string; name: string; label?: string; className?: string }) {
  const { t } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DocumentError | null>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={busy}
        data-download-url={url}
        aria-label={label ? undefined : t('documents.downloadNamed', { name })}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await downloadWithToken(session.accessToken, url, name);
          } catch (e) {
            setError(e instanceof DocumentError ? e : new DocumentError('INTERNAL', ''));
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? t('documents.downloading') : (label ?? t('documents.download'))}
      </button>
      <CodeNotice error={error} />
    </>
  );
}
