// GraphiQL served by the Api at its GraphQL path: the page's own URL is the endpoint, for HTTP and WebSocket.
// In the embedded run a "sign in as" bar lists the demo users (GET /auth/dev/users); elsewhere the bar
// is hidden and a token goes in the headers editor as usual.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = new URL(window.location.pathname, window.location.origin);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
const tokenKey = 'innomed.devToken';

function makeFetcher(token) {
  const authorization = token ? { Authorization: `Bearer ${token}` } : {};
  return createGraphiQLFetcher({
    url: endpoint.href,
    headers: { accept: 'application/graphql-response+json, application/json', ...authorization },
    wsClient: createClient({ url: subscriptionUrl.href, lazy: true, connectionParams: authorization }),
  });
}

function SignInBar({ onToken }) {
  const [users, setUsers] = useState(null);
  const [current, setCurrent] = useState(sessionStorage.getItem(`${tokenKey}.user`) ?? '');
  useEffect(() => {
    fetch('/auth/dev/users').then((r) => (r.ok ? r.json() : null)).then(setUsers).catch(() => setUsers(null));
  }, []);
  if (!Array.isArray(users) || users.length === 0) return null;

  async function signIn(userId) {
    setCurrent(userId);
    if (!userId) {
      sessionStorage.removeItem(tokenKey);
      sessionStorage.removeItem(`${tokenKey}.user`);
      onToken(null);
      return;
    }
    const response = await fetch('/auth/dev/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    const { accessToken } = await response.json();
    sessionStorage.setItem(tokenKey, accessToken);
    sessionStorage.setItem(`${tokenKey}.user`, userId);
    onToken(accessToken);
  }

  return (
    <div className="innomed-signin">
      <label htmlFor="innomed-user">Sign in as (development)</label>
      <select id="innomed-user" value={current} onChange={(e) => signIn(e.target.value)}>
        <option value="">— anonymous —</option>
        {users.map((u) => (
          <option key={u.id} value={u.id}>{`${u.name} · ${u.role}${u.unitId ? ` · ${u.unitId}` : ''}`}</option>
        ))}
      </select>
    </div>
  );
}

function App() {
  const [token, setToken] = useState(sessionStorage.getItem(tokenKey));
  const fetcher = useMemo(() => makeFetcher(token), [token]);
  return (
    <div className="innomed-ide">
      <SignInBar onToken={setToken} />
      <GraphiQL key={token ?? 'anonymous'} fetcher={fetcher} defaultEditorToolsVisibility />
    </div>
  );
}

createRoot(document.getElementById('graphiql')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
