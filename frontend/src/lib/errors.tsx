import type { CombinedError } from 'urql';
import { useI18n, type Lang, type MessageKey, type Translate } from './i18n';

const codeMessages: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  NOT_FOUND: 'error.NOT_FOUND',
  INVALID_TRANSITION: 'error.INVALID_TRANSITION',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  OUT_OF_HOURS: 'error.OUT_OF_HOURS',
  RATE_LIMITED: 'error.RATE_LIMITED',
  INTERNAL: 'error.INTERNAL',
  FILE_TOO_LARGE: 'error.FILE_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'error.UNSUPPORTED_MEDIA_TYPE',
  CONTENT_TYPE_MISMATCH: 'error.CONTENT_TYPE_MISMATCH',
  EMPTY_FILE: 'error.EMPTY_FILE',
  STORAGE_UNAVAILABLE: 'error.STORAGE_UNAVAILABLE',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
  NETWORK: 'error.NETWORK',
};

/** One refusal by its code (an HTTP endpoint's, e.g. POST /documents): the code's sentence and the server's detail. */
export function describeCode(code: string, message: string, t: Translate, lang: Lang): ShownError {
  const key = codeMessages[code];
  const title = key ? t(key) : t('error.other', { code });
  const detail = code === 'INTERNAL' || code === 'NETWORK' || !message ? undefined : pickLanguage(message, lang);
  return { code, title, detail };
}

/** The server writes some messages in both languages, "français / English": keep the user's half. */
export function pickLanguage(message: string, lang: Lang): string {
  const parts = message.split(' / ');
  if (parts.length === 2) return lang === 'FR' ? parts[0] : parts[1];
  return message;
}

export interface ShownError {
  code: string;
  title: string;
  detail?: string;
}

/** Turns a urql error into what the user reads: a sentence per `extensions.code`, plus the server's detail. */
export function describeError(error: CombinedError, t: Translate, lang: Lang): ShownError[] {
  if (error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', title: t('error.NETWORK') }];
  }
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL';
    const key = codeMessages[code];
    const title = key ? t(key) : t('error.other', { code });
    // INTERNAL carries no detail worth showing; the others explain what to change. Out of hours is
    // worded here from its extensions, since the server's sentence is in English only.
    const ext = e.extensions ?? {};
    const detail =
      code === 'INTERNAL'
        ? undefined
        : code === 'OUT_OF_HOURS' && typeof ext.opens === 'string' && typeof ext.closes === 'string'
          ? t('error.outOfHoursDetail', { opens: ext.opens, closes: ext.closes })
          : pickLanguage(e.message, lang);
    return { code, title, detail };
  });
}

/** A refused upload or download (see lib/documents.ts), worded like GraphQL errors. */
export function CodeNotice({ error }: { error: { code: string; message: string } | null | undefined }) {
  const { t, lang } = useI18n();
  if (!error) return null;
  return <Shown errors={[describeCode(error.code, error.message, t, lang)]} />;
}

export function ErrorNotice({ error }: { error: CombinedError | undefined | null }) {
  const { t, lang } = useI18n();
  if (!error) return null;
  return <Shown errors={describeError(error, t, lang)} />;
}

function Shown({ errors }: { errors: ShownError[] }) {
  return (
    <div className="notice notice--error" role="alert">
      {errors.map((e, i) => (
        <p key={i} data-code={e.code}>
          <strong>{e.title}</strong>
          {e.detail ? <> — {e.detail}</> : null}
        </p>
      ))}
    </div>
  );
}
