// GraphiQL served by the Api at its GraphQL path: the page's own URL is the endpoint, for HTTP and WebSocket.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = new URL(window.location.pathname, window.location.origin);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  subscriptionUrl: subscriptionUrl.href,
  headers: { accept: 'application/graphql-response+json, application/json' },
});

createRoot(document.getElementById('graphiql')).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility />
  </StrictMode>,
);
