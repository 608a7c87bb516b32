import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { checkFile, fileNameOf, mediaTypeOf } from './documents';
import { describeError, pickLanguage } from './errors';
import { age, buildTree, byDueBy, relativeDue } from './format';
import { translate } from './i18n';
import { en } from './messages.en';
import { fr } from './messages.fr';
import { match } from './router';
import { mergeMessages, mergeReceipts, newClientMessageId, unreadOf } from './useConversation';

describe('messages', () => {
  it('Given both dictionaries When compared Then every key has a non-empty text in each language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });

  it('Given parameters When translating Then they are filled in', () => {
    expect(translate('FR', 'journey.age', { n: 42 })).toBe('42 ans');
    expect(translate('EN', 'journey.age', { n: 42 })).toBe('42 y');
  });
});

describe('errors', () => {
  it('Given a bilingual server message When picking a language Then only that half is kept', () => {
    const m = 'Indiquez un nombre entre 0–10 sur 10. / Give a number between 0–10 out of 10.';
    expect(pickLanguage(m, 'FR')).toBe('Indiquez un nombre entre 0–10 sur 10.');
    expect(pickLanguage(m, 'EN')).toBe('Give a number between 0–10 out of 10.');
  });

  it('Given an INVALID_TRANSITION error When described Then the user reads the code\'s sentence and the detail', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Step is COMPLETED', { extensions: { code: 'INVALID_TRANSITION' } })] });
    const [shown] = describeError(error, (k, p) => translate('FR', k, p), 'FR');
    expect(shown.code).toBe('INVALID_TRANSITION');
    expect(shown.title).toBe("Cette action n'est plus possible à ce stade");
    expect(shown.detail).toBe('Step is COMPLETED');
  });

  it('Given OUT_OF_HOURS with its window When described in French Then the hours are worded in French', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('The CPTS takes new requests from 08:00 to 22:00.', { extensions: { code: 'OUT_OF_HOURS', opens: '08:00', closes: '22:00' } })] });
    expect(describeError(error, (k, p) => translate('FR', k, p), 'FR')[0].detail).toMatch(/^Nouvelles demandes de 08:00 à 22:00\./);
  });

  it('Given an INTERNAL error When described Then no server detail is shown', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('boom at line 3', { extensions: { code: 'INTERNAL' } })] });
    expect(describeError(error, (k, p) => translate('EN', k, p), 'EN')[0].detail).toBeUndefined();
  });

  it('Given a network failure When described Then it says the server is unreachable', () => {
    const error = new CombinedError({ networkError: new Error('fetch failed') });
    expect(describeError(error, (k, p) => translate('EN', k, p), 'EN')[0].code).toBe('NETWORK');
  });
});

describe('format', () => {
  it('Given steps parents first When building the tree Then children hang under their parent', () => {
    const tree = buildTree([{ id: 'a' }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'b' }, { id: 'd', parentId: 'a' }]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.step.id)).toEqual(['b', 'd']);
    expect(tree[0].children[0].children[0].step.id).toBe('c');
  });

  it('Given items with and without due-by When sorted Then soonest first and undated last', () => {
    const items = [{ d: null }, { d: '2026-11-23T12:00:00Z' }, { d: '2026-11-23T09:00:00Z' }];
    expect(items.sort(byDueBy((i) => i.d)).map((i) => i.d)).toEqual(['2026-11-23T09:00:00Z', '2026-11-23T12:00:00Z', null]);
  });

  it('Given a past due-by When described Then it says how late', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate('EN', k, p);
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(relativeDue('2026-11-23T09:35:00Z', t, now)).toBe('25 min late');
    expect(relativeDue('2026-11-23T11:30:00Z', t, now)).toBe('in 1 h 30 min');
  });

  it('Given a birth date When computing the age Then the birthday counts only once passed', () => {
    expect(age('1990-06-15', new Date('2026-06-14T12:00:00'))).toBe(35);
    expect(age('1990-06-15', new Date('2026-06-15T12:00:00'))).toBe(36);
  });

  it('Given route patterns When matched Then parameters are decoded', () => {
    expect(match('/gp/journeys/:id', '/gp/journeys/abc%3A1')).toEqual({ id: 'abc:1' });
    expect(match('/gp/journeys/:id', '/gp')).toBeNull();
  });
});

describe('documents', () => {
  it('Given files When checked before upload Then size, emptiness and type are refused by code', () => {
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })?.code).toBe('FILE_TOO_LARGE');
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: 0 })?.code).toBe('EMPTY_FILE');
    expect(checkFile({ name: 'page.html', type: 'text/html', size: 10 })?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(checkFile({ name: 'photo.JPG', type: '', size: 10 })).toBeNull(); // typed from its extension
    expect(mediaTypeOf({ name: 'x.jpg', type: 'image/jpg' })).toBe('image/jpeg');
  });

  it('Given a Content-Disposition When naming the download Then the exact UTF-8 name wins over the ASCII fallback', () => {
    expect(fileNameOf("attachment; filename=\"Compte rendu _t_.pdf\"; filename*=UTF-8''Compte%20rendu%20%C3%A9t%C3%A9.pdf", 'x')).toBe('Compte rendu été.pdf');
    expect(fileNameOf('attachment; filename="releve.csv"', 'x')).toBe('releve.csv');
    expect(fileNameOf(null, 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe('conversation', () => {
  const m = (sequence: number, senderId = 'a') => ({ id: `m${sequence}`, sequence, stepId: null, senderId, senderRole: 'GP', text: String(sequence), clientMessageId: null, sentAt: '2026-11-23T09:00:00Z', attachments: [] });
  it('Given a replay overlapping what is held When merged Then messages are once each, in sequence order', () => {
    expect(mergeMessages([m(1), m(2)], [m(3), m(2), m(4)]).map((x) => x.sequence)).toEqual([1, 2, 3, 4]);
  });

  it('Given read positions When a late receipt arrives Then it never moves a position back', () => {
    const r = (n: number) => ({ participantId: 'p', role: 'PATIENT', lastReadSequence: n, readAt: '2026-11-23T09:00:00Z' });
    expect(mergeReceipts(mergeReceipts(new Map(), [r(5)]), [r(3)]).get('p')?.lastReadSequence).toBe(5);
  });

  it('Given my read position When counting unread Then only the others\' later messages count', () => {
    expect(unreadOf([m(1, 'me'), m(2, 'you'), m(3, 'you'), m(4, 'me')], 'me', 2).map((x) => x.sequence)).toEqual([3]);
  });

  it('Given two new messages When ids are made Then they differ', () => {
    expect(newClientMessageId()).not.toBe(newClientMessageId());
  });
});
