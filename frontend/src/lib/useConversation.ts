import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { ConversationQuery, ConversationUpdatedSubscription, MarkConversationReadMutation, SendMessageMutation } from '../api/operations';
import type { MessageFieldsFragment, ReceiptFieldsFragment } from '../gql/graphql';
import { onLiveState } from './client';

export type Message = MessageFieldsFragment;
export type Receipt = ReceiptFieldsFragment;

/** A message on its way: kept with its clientMessageId so a retry can never post it twice. */
export interface PendingMessage {
  clientMessageId: string;
  text: string;
  stepId: string | null;
  attachments: { id: string; name: string }[];
  state: 'sending' | 'failed';
  error?: CombinedError;
}

/** Merges messages by sequence (the conversation's gap-free numbering): replays and echoes never duplicate. */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return current as Message[];
  const bySequence = new Map<number, Message>();
  for (const m of current) bySequence.set(m.sequence, m);
  for (const m of incoming) bySequence.set(m.sequence, m);
  return [...bySequence.values()].sort((a, b) => a.sequence - b.sequence);
}

/** Read positions only move forward. */
export function mergeReceipts(current: ReadonlyMap<string, Receipt>, incoming: readonly Receipt[]): Map<string, Receipt> {
  const next = new Map(current);
  for (const r of incoming) {
    const held = next.get(r.participantId);
    if (!held || held.lastReadSequence < r.lastReadSequence) next.set(r.participantId, r);
  }
  return next;
}

/** Messages others sent after my read position. */
export function unreadOf(messages: readonly Message[], me: string, myRead: number): Message[] {
  return messages.filter((m) => m.senderId !== me && m.sequence > myRead);
}

export function newClientMessageId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context randomUUID is missing; 128 random bits do the same job.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A journey's conversation kept live: the newest page read once, then `conversationUpdated` from the
 * last sequence held. After the socket comes back the subscription restarts from the last sequence
 * then held, so the gap is replayed and nothing is shown twice (merged by sequence). Sending is
 * idempotent: each message carries a clientMessageId that a retry reuses.
 */
export function useConversation(journeyId: string, me: string, retryKey?: string | number) {
  const client = useClient();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConversationQuery, variables: { journeyId }, requestPolicy: 'network-only' });
  // Refused (not yet in the care team): read again when the journey changes, e.g. once taken in charge.
  const refused = !!error && !data;
  const seenKey = useRef(retryKey);
  useEffect(() => {
    if (seenKey.current === retryKey) return;
    seenKey.current = retryKey;
    if (refused) refetch({ requestPolicy: 'network-only' });
  }, [retryKey, refused, refetch]);
  const [messages, setMessages] = useState<Message[]>([]);
  const [receipts, setReceipts] = useState<Map<string, Receipt>>(new Map());
  const [hasOlder, setHasOlder] = useState(false);
  const [since, setSince] = useState<number | null>(null);
  const [outbox, setOutbox] = useState<PendingMessage[]>([]);
  const [olderError, setOlderError] = useState<CombinedError | undefined>();
  const lastHeld = useRef(0);
  const outboxRef = useRef<PendingMessage[]>([]);
  outboxRef.current = outbox;

  const accept = useCallback(
    (incoming: readonly Message[]) => {
      setMessages((current) => mergeMessages(current, incoming));
      for (const m of incoming) lastHeld.current = Math.max(lastHeld.current, m.sequence);
      // My own message came back (echo, replay or the mutation's answer): it is no longer pending.
      const delivered = new Set(incoming.filter((m) => m.senderId === me && m.clientMessageId).map((m) => m.clientMessageId!));
      if (delivered.size > 0) setOutbox((o) => o.filter((p) => !delivered.has(p.clientMessageId)));
    },
    [me],
  );

  useEffect(() => {
    const conversation = data?.conversation;
    if (!conversation) return;
    accept(conversation.messages.messages);
    setReceipts((r) => mergeReceipts(r, conversation.receipts));
    setHasOlder(conversation.messages.hasOlder);
    lastHeld.current = Math.max(lastHeld.current, conversation.messages.lastSequence);
    setSince((s) => s ?? conversation.messages.lastSequence);
  }, [data, accept]);

  const [sendState, sendMutation] = useMutation(SendMessageMutation);
  const [, markMutation] = useMutation(MarkConversationReadMutation);

  const attempt = useCallback(
    async (pending: PendingMessage) => {
      setOutbox((o) => o.map((p) => (p.clientMessageId === pending.clientMessageId ? { ...p, state: 'sending', error: undefined } : p)));
      const r = await sendMutation({
        input: {
          journeyId,
          text: pending.text,
          stepId: pending.stepId,
          clientMessageId: pending.clientMessageId,
          attachmentIds: pending.attachments.length ? pending.attachments.map((a) => a.id) : null,
        },
      });
      if (r.data) accept([r.data.sendMessage]);
      else setOutbox((o) => o.map((p) => (p.clientMessageId === pending.clientMessageId ? { ...p, state: 'failed', error: r.error } : p)));
    },
    [journeyId, sendMutation, accept],
  );

  const send = useCallback(
    (text: string, stepId: string | null, attachments: { id: string; name: string }[] = []) => {
      const pending: PendingMessage = { clientMessageId: newClientMessageId(), text, stepId, attachments, state: 'sending' };
      setOutbox((o) => [...o, pending]);
      return attempt(pending);
    },
    [attempt],
  );

  const retry = useCallback((clientMessageId: string) => {
    const pending = outboxRef.current.find((p) => p.clientMessageId === clientMessageId);
    if (pending) void attempt(pending);
  }, [attempt]);

  const discard = useCallback((clientMessageId: string) => setOutbox((o) => o.filter((p) => p.clientMessageId !== clientMessageId)), []);

  // Back from a lost connection: replay from what is held now, and resend what failed for want of a network.
  useEffect(() => {
    let wasDown = false;
    return onLiveState((state) => {
      if (state === 'reconnecting') wasDown = true;
      if (state === 'live' && wasDown) {
        wasDown = false;
        setSince((s) => (s === null ? s : lastHeld.current));
        for (const p of outboxRef.current) if (p.state === 'failed' && p.error && p.error.graphQLErrors.length === 0) void attempt(p);
      }
    });
  }, [attempt]);

  useSubscription(
    { query: ConversationUpdatedSubscription, variables: { journeyId, sinceSequence: since ?? 0 }, pause: since === null },
    (_previous, event) => {
      const update = event.conversationUpdated;
      if (update.message) accept([update.message]);
      if (update.receipt) setReceipts((r) => mergeReceipts(r, [update.receipt!]));
      return event;
    },
  );

  const myRead = receipts.get(me)?.lastReadSequence ?? 0;
  const markedUpTo = useRef(0);
  const markRead = useCallback(
    async (upTo: number) => {
      if (upTo <= Math.max(myRead, markedUpTo.current)) return;
      const before = markedUpTo.current;
      markedUpTo.current = upTo;
      const r = await markMutation({ input: { journeyId, upToSequence: upTo } });
      if (r.data) setReceipts((current) => mergeReceipts(current, [r.data!.markConversationRead]));
      // Not recorded: let the next look try again.
      else if (markedUpTo.current === upTo) markedUpTo.current = before;
    },
    [journeyId, markMutation, myRead],
  );

  const loadOlder = useCallback(async () => {
    const first = messages[0]?.sequence;
    if (first === undefined) return;
    const r = await client.query(ConversationQuery, { journeyId, before: first }, { requestPolicy: 'network-only' }).toPromise();
    setOlderError(r.error);
    if (r.data) {
      accept(r.data.conversation.messages.messages);
      setHasOlder(r.data.conversation.messages.hasOlder);
    }
  }, [client, journeyId, messages, accept]);

  const unread = useMemo(() => unreadOf(messages, me, myRead), [messages, me, myRead]);

  return {
    messages,
    receipts,
    outbox,
    hasOlder,
    unread,
    myRead,
    loading: fetching && messages.length === 0,
    error: messages.length ? undefined : error,
    olderError,
    sending: sendState.fetching,
    send,
    retry,
    discard,
    markRead,
    loadOlder,
  };
}
