import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider, type Client } from 'urql';
import { concat, never, fromValue } from 'wonka';
import { AuthProvider, type Session } from '../lib/auth';
import { I18nProvider, type Lang } from '../lib/i18n';

export const gpSession: Session = {
  accessToken: 'test-token',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '10000000001', name: 'Camille Durand', role: 'Gp', unitId: null, territoryId: 'demo' },
};

/** A urql client that answers each operation by name from `responses`. */
export function fakeClient(responses: Record<string, unknown> = {}, calls: { name: string; variables: unknown }[] = []): Client {
  const answer = (op: { query: { definitions: readonly { name?: { value: string } }[] }; variables?: unknown }) => {
    const name = op.query.definitions.find((d) => d.name)?.name?.value ?? '';
    calls.push({ name, variables: op.variables });
    const data = responses[name];
    return typeof data === 'function' ? data(op.variables) : data;
  };
  const nameOf = (op: { query: { definitions: readonly { name?: { value: string } }[] } }) => op.query.definitions.find((d) => d.name)?.name?.value ?? '';
  // Operations without a response stay pending (a panel the test is not about keeps loading).
  const reply = (op: never) => {
    if (nameOf(op) in responses) return fromValue(answer(op));
    calls.push({ name: nameOf(op), variables: (op as { variables?: unknown }).variables });
    return never;
  };
  return {
    query: (query: never, variables: unknown) => ({ toPromise: async () => answer({ query, variables } as never) }),
    // A real client's query source stays open (cache updates); one that completes would drop its error.
    executeQuery: (op: never) => (nameOf(op) in responses ? concat([fromValue(answer(op)), never]) : reply(op)),
    executeMutation: reply,
    // Subscriptions answer only when a response is given (one event), otherwise stay silent.
    executeSubscription: (op: never) => {
      const name = (op as { query: { definitions: readonly { name?: { value: string } }[] } }).query.definitions.find((d) => d.name)?.name?.value ?? '';
      if (name in responses) return fromValue(answer(op));
      calls.push({ name, variables: (op as { variables?: unknown }).variables });
      return never;
    },
  } as unknown as Client;
}

export function renderWith(ui: ReactElement, { client = fakeClient(), session = gpSession, lang = 'FR' as Lang } = {}) {
  return render(
    <I18nProvider lang={lang}>
      <AuthProvider initial={session}>
        <Provider value={client}>{ui}</Provider>
      </AuthProvider>
    </I18nProvider>,
  );
}
