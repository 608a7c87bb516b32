// Files travel over plain HTTP next to /graphql (api/Innomed.Api/Documents/DocumentEndpoints.cs):
// POST /documents?journeyId=…&kind=…&name=…[&stepId=…] with the file as the raw body and its
// Content-Type, and GET /documents/{id} — both with the bearer token in the Authorization header,
// which a plain link cannot carry: downloads are fetched as a blob and handed to the browser.

/** What the gateway stores; anything else is refused (UNSUPPORTED_MEDIA_TYPE) before a byte is sent. */
export const acceptedTypes = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;
export const acceptAttribute = '.pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain';
/** The gateway's default limit (Innomed:Documents:MaxBytes, 10 MiB); the schema does not publish it. */
export const maxDocumentBytes = 10 * 1024 * 1024;

export type DocumentKindName = 'CONSULTATION_REPORT' | 'RESULT' | 'LETTER' | 'PRESCRIPTION' | 'OTHER';

export interface UploadedDocument {
  id: string;
  journeyId: string;
  stepId: string | null;
  kind: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  downloadUrl: string;
}

/** A refused upload or download, with the gateway's `extensions.code` (FILE_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, …). */
export class DocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** The media type to declare: the browser's, or guessed from the extension when it gives none. */
export function mediaTypeOf(file: { type: string; name: string }): string {
  const type = file.type.toLowerCase();
  if (type === 'image/jpg') return 'image/jpeg';
  if (type) return type;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  return { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain' }[ext] ?? 'application/octet-stream';
}

/** Refuses what the gateway would refuse, without sending it; null when the file may go. */
export function checkFile(file: { type: string; name: string; size: number }, max = maxDocumentBytes): DocumentError | null {
  if (file.size > max) return new DocumentError('FILE_TOO_LARGE', `${Math.ceil(file.size / 1024 / 1024)} MiB > ${max / 1024 / 1024} MiB`);
  if (file.size === 0) return new DocumentError('EMPTY_FILE', file.name);
  if (!(acceptedTypes as readonly string[]).includes(mediaTypeOf(file))) return new DocumentError('UNSUPPORTED_MEDIA_TYPE', file.name);
  return null;
}

async function errorOf(response: Response): Promise<DocumentError> {
  try {
    const body = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    const first = body.errors?.[0];
    if (first?.extensions?.code) return new DocumentError(first.extensions.code, first.message ?? '', response.status);
  } catch {
    /* not the GraphQL error shape */
  }
  const code = response.status === 413 ? 'FILE_TOO_LARGE' : response.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : response.status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return new DocumentError(code, '', response.status);
}

export async function uploadDocument(
  token: string,
  input: { journeyId: string; stepId?: string | null; kind: DocumentKindName; file: File },
  fetchImpl: typeof fetch = fetch,
): Promise<UploadedDocument> {
  const refused = checkFile(input.file);
  if (refused) throw refused;
  const query = new URLSearchParams({ journeyId: input.journeyId, kind: input.kind, name: input.file.name });
  if (input.stepId) query.set('stepId', input.stepId);
  let response: Response;
  try {
    response = await fetchImpl(`/documents?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': mediaTypeOf(input.file) },
      body: input.file,
    });
  } catch {
    throw new DocumentError('NETWORK', '');
  }
  if (response.status !== 201) throw await errorOf(response);
  return (await response.json()) as UploadedDocument;
}

/** The file name a Content-Disposition header gives (RFC 5987 form first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * GETs a protected file with the bearer token and saves it under its name. The object URL lives only
 * long enough for the click: nothing of the file stays in the page.
 */
export async function downloadWithToken(token: string, url: string, fallbackName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw new DocumentError('NETWORK', '');
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function formatSize(bytes: number, lang: 'FR' | 'EN'): string {
  const locale = lang === 'FR' ? 'fr-FR' : 'en-GB';
  if (bytes < 1024) return `${bytes} ${lang === 'FR' ? 'o' : 'B'}`;
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} ${lang === 'FR' ? 'Ko' : 'KB'}`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} ${lang === 'FR' ? 'Mo' : 'MB'}`;
}
