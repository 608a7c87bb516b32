import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from 'urql';
import { SendMessageMutation } from '../api/operations';
import { useSession } from '../lib/auth';
import { checkFile, DocumentError, uploadDocument, acceptAttribute } from '../lib/documents';
import { CodeNotice, ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { newClientMessageId, useConversation, type Message } from '../lib/useConversation';
import { DownloadButton } from './DownloadButton';
import { roleKey } from './DocumentsPanel';

export interface Thread {
  /** null: the journey's main thread. */
  stepId: string | null;
  label: string;
}

const ALL = '*';
const MAIN = '';

/**
 * The journey's secure conversation: a main thread and one per step, live. Messages I have not read
 * are counted; showing them moves my read position (the others see it as "read"). A message being
 * sent stays in the list until the server has it; a failed one can be sent again with the same
 * clientMessageId, so a retry never makes a copy.
 */
export function ChatPanel({
  journeyId,
  threads,
  names,
  headingLevel = 3,
  patientName,
  onAttachmentsChanged,
  retryKey,
}: {
  journeyId: string;
  threads: Thread[];
  /** Display names by participant id (the schema gives only ids and roles). */
  names: Record<string, string>;
  headingLevel?: 2 | 3;
  /** Shown for the patient's messages (the schema names participants by id and role only). */
  patientName?: string;
  onAttachmentsChanged?: () => void;
  /** Changes with the journey: a refused conversation is read again (e.g. after taking charge). */
  retryKey?: string | number;
}) {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const me = session.user.id;
  const id = useId();
  const convo = useConversation(journeyId, me, retryKey);
  const outsider = convo.error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;
  const [thread, setThread] = useState<string>(ALL);
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<{ id: string; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<DocumentError | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const threadOf = (m: { stepId?: string | null }) => m.stepId ?? MAIN;
  const shown = useMemo(() => (thread === ALL ? convo.messages : convo.messages.filter((m) => threadOf(m) === thread)), [convo.messages, thread]);
  const pending = convo.outbox.filter((p) => thread === ALL || (p.stepId ?? MAIN) === thread);
  const unreadIn = (key: string) => convo.unread.filter((m) => key === ALL || threadOf(m) === key).length;
  const threadLabel = (stepId: string | null | undefined) => (stepId ? (threads.find((x) => x.stepId === stepId)?.label ?? t('chat.stepThread')) : t('chat.mainThread'));
  const H = `h${headingLevel}` as 'h2' | 'h3';

  // Shown while the page is visible: read up to the newest message on screen.
  const newestShown = shown.length ? shown[shown.length - 1].sequence : 0;
  const { markRead } = convo;
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== 'hidden' && newestShown > 0) void markRead(newestShown);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [newestShown, markRead]);

  // Unread messages show in the tab's title too: a phone or a desk with the tab in the background.
  const unreadCount = convo.unread.length;
  const baseTitle = useRef<string | null>(null);
  useEffect(() => {
    if (baseTitle.current === null) baseTitle.current = document.title;
    document.title = unreadCount > 0 ? `(${unreadCount}) ${baseTitle.current}` : baseTitle.current;
  }, [unreadCount]);
  useEffect(
    () => () => {
      if (baseTitle.current !== null) document.title = baseTitle.current;
    },
    [],
  );

  // Keep the newest message in view as messages arrive, unless the reader scrolled back to older ones.
  const stick = useRef(true);
  useEffect(() => {
    const el = list.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [shown.length, pending.length]);

  // Which other participants have read up to a message of mine.
  const readers = (m: Message) =>
    [...convo.receipts.values()].filter((r) => r.participantId !== me && r.lastReadSequence >= m.sequence).map((r) => nameOf(r.participantId, r.role));

  // Who someone is: a name the journey gives, the patient's name for the patient, or else their role.
  const nameOf = (id: string, role: string) => names[id] ?? (roleKey(role) === 'PATIENT' && patientName ? patientName : t(`senderRole.${roleKey(role)}`));
  const sender = (m: Message) => (m.senderId === me ? t('chat.you') : nameOf(m.senderId, m.senderRole));

  // A new attachment (mine or someone else's) means the patient file changed.
  const attachmentCount = convo.messages.reduce((n, m) => n + m.attachments.length, 0);
  const seenAttachments = useRef<number | null>(null);
  useEffect(() => {
    if (convo.loading) return;
    if (seenAttachments.current !== null && attachmentCount > seenAttachments.current) onAttachmentsChanged?.();
    seenAttachments.current = attachmentCount;
  }, [attachmentCount, convo.loading, onAttachmentsChanged]);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (!body || uploading) return;
    const files = attachments;
    setText('');
    setAttachments([]);
    stick.current = true; // one's own message is always brought into view
    await convo.send(body, thread === ALL || thread === MAIN ? null : thread, files);
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Ctrl/Cmd+Enter sends; Enter alone makes a new line (messages are often several lines).
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  };

  const attach = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    const refused = checkFile(file);
    if (refused) {
      setUploadError(refused);
      return;
    }
    setUploading(true);
    try {
      const doc = await uploadDocument(session.accessToken, { journeyId, stepId: thread === ALL || thread === MAIN ? null : thread, kind: 'OTHER', file });
      setAttachments((a) => [...a, { id: doc.id, name: doc.name }]);
    } catch (err) {
      setUploadError(err instanceof DocumentError ? err : new DocumentError('INTERNAL', ''));
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section className="card messaging" aria-labelledby={`${id}-title`} data-unread={convo.unread.length}>
      <H id={`${id}-title`}>
        {t('panel.chat')}{' '}
        <span className={convo.unread.length ? 'count count--unread' : 'count'} data-testid="unread-count" aria-label={t('chat.unread', { n: convo.unread.length })}>
          {convo.unread.length}
        </span>
      </H>
      {outsider ? <p className="muted">{t('chat.notInCareTeam')}</p> : <ErrorNotice error={convo.error} />}
      {threads.some((x) => x.stepId) ? (
        <label>
          {t('chat.thread')}
          <select value={thread} onChange={(e) => setThread(e.target.value)}>
            <option value={ALL}>{t('chat.allThreads', { n: unreadIn(ALL) })}</option>
            <option value={MAIN}>{`${t('chat.mainThread')}${unreadIn(MAIN) ? ` (${unreadIn(MAIN)})` : ''}`}</option>
            {threads
              .filter((x) => x.stepId)
              .map((x) => (
                <option key={x.stepId} value={x.stepId!}>
                  {`${x.label}${unreadIn(x.stepId!) ? ` (${unreadIn(x.stepId!)})` : ''}`}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {convo.hasOlder ? (
        <button type="button" className="button button--small" onClick={() => void convo.loadOlder()}>
          {t('chat.older')}
        </button>
      ) : null}
      <ErrorNotice error={convo.olderError} />
      <ol
        className="msg__messages"
        ref={list}
        role="log"
        aria-live="polite"
        aria-label={t('chat.messages')}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        }}
      >
        {convo.loading ? <li className="muted">{t('common.loading')}</li> : null}
        {!convo.loading && shown.length === 0 && pending.length === 0 ? <li className="muted">{t('chat.empty')}</li> : null}
        {shown.map((m) => {
          const mine = m.senderId === me;
          const read = mine ? readers(m) : [];
          return (
            <li key={m.sequence} className={`msg__message${mine ? ' msg__message--mine' : ''}${!mine && m.sequence > convo.myRead ? ' msg__message--new' : ''}`} data-sequence={m.sequence} data-mine={mine}>
              <p className="msg__meta">
                <strong>{sender(m)}</strong> · <time dateTime={m.sentAt}>{dateTime(m.sentAt)}</time>
                {thread === ALL && m.stepId ? <span className="msg__thread"> · {threadLabel(m.stepId)}</span> : null}
              </p>
              <p className="msg__text">{m.text}</p>
              {m.attachments.length > 0 ? (
                <ul className="msg__attachments" aria-label={t('chat.attachments')}>
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <span className="attachment">{a.name}</span> <DownloadButton url={a.downloadUrl} name={a.name} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {mine ? <p className="msg__receipt muted" data-read={read.length > 0}>{read.length ? t('chat.readBy', { who: read.join(', ') }) : t('chat.sent')}</p> : null}
            </li>
          );
        })}
        {pending.map((p) => (
          <li key={p.clientMessageId} className="msg__message msg__message--mine msg__message--pending" data-state={p.state}>
            <p className="msg__text">{p.text}</p>
            {p.attachments.length ? <p className="muted attachment">{p.attachments.map((a) => a.name).join(', ')}</p> : null}
            {p.state === 'sending' ? (
              <p className="msg__receipt muted">{t('chat.sending')}</p>
            ) : (
              <>
                <ErrorNotice error={p.error} />
                <p className="msg__receipt">{t('chat.failed')}</p>
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => convo.retry(p.clientMessageId)}>
                    {t('chat.retry')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => convo.discard(p.clientMessageId)}>
                    {t('chat.discard')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      <form className="msg__form" onSubmit={submit}>
        <label>
          {thread === ALL || thread === MAIN ? t('chat.input') : t('chat.inputIn', { thread: threadLabel(thread) })}
          <textarea rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} aria-describedby={`${id}-hint`} />
        </label>
        <p id={`${id}-hint`} className="muted msg__hint">
          {t('chat.hint')}
        </p>
        {attachments.length > 0 ? (
          <ul className="msg__attachments" aria-label={t('chat.attachments')}>
            {attachments.map((a) => (
              <li key={a.id}>
                <span className="attachment">{a.name}</span>{' '}
                <button type="button" className="button button--small" aria-label={t('chat.removeAttachment', { name: a.name })} onClick={() => setAttachments((x) => x.filter((y) => y.id !== a.id))}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <CodeNotice error={uploadError} />
        <div className="button-row">
          <label className="button button--small msg__attach">
            {uploading ? t('documents.uploading') : t('chat.attach')}
            <input ref={fileInput} type="file" className="visually-hidden" accept={acceptAttribute} disabled={uploading} onChange={(e) => void attach(e.target.files?.[0])} />
          </label>
          <button type="submit" className="button button--primary" disabled={!text.trim() || uploading}>
            {t('chat.send')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Posts a document in the conversation (so the others see it at once), idempotently like any message. */
export function useShareDocument(journeyId: string) {
  const { t } = useI18n();
  const [state, send] = useMutation(SendMessageMutation);
  const share = useCallback(
    (document: { id: string; name: string; stepId?: string | null }) =>
      send({ input: { journeyId, stepId: document.stepId ?? null, text: t('documents.sharedText', { name: document.name }), clientMessageId: newClientMessageId(), attachmentIds: [document.id] } }),
    [journeyId, send, t],
  );
  return [state, share] as const;
}
