import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

type LiveListener = (state: LiveState) => void;
const liveListeners = new Set<LiveListener>();
let liveState: LiveState = 'connecting';

function setLive(state: LiveState) {
  liveState = state;
  liveListeners.forEach((l) => l(state));
}

export function onLiveState(listener: LiveListener): () => void {
  liveListeners.add(listener);
  listener(liveState);
  return () => liveListeners.delete(listener);
}

export function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One urql client per session: queries and mutations over HTTP with the bearer token, subscriptions
 * over graphql-ws (graphql-transport-ws) with the token in connection_init. The socket reconnects
 * forever with back-off; urql re-subscribes every live operation when it is back, and the journey
 * feeds replay what was missed (sinceVersion).
 */
export function createInnomedClient(token: string, onUnauthenticated: () => void): { client: Client; dispose: () => void } {
  const ws: WsClient = createWsClient({
    url: webSocketUrl(),
    lazy: false, // connect at sign-in, so the "live" badge tells the truth before the first subscription
    connectionParams: () => ({ Authorization: `Bearer ${token}` }),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000) * (0.5 + Math.random() / 2)));
    },
    keepAlive: 20_000,
    on: {
      connecting: () => setLive(liveState === 'live' ? 'reconnecting' : liveState),
      connected: () => setLive('live'),
      closed: (event) => {
        // 4403: the token expired or was refused; sign in again rather than retry forever.
        if ((event as CloseEvent | undefined)?.code === 4403) onUnauthenticated();
        setLive('reconnecting');
      },
    },
  });

  const client = new Client({
    url: '/graphql',
    // Live views own their state; the document cache would serve stale journeys after a mutation elsewhere.
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
    fetchOptions: () => ({ headers: { Authorization: `Bearer ${token}` } }),
    // A refused token (401: expired, revoked) means signing in again, not "server unreachable".
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onUnauthenticated();
      return response;
    },
  });
  return { client, dispose: () => void ws.dispose() };
}
