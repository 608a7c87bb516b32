// Starts tests/Innomed.Api.TestServer (built beforehand by `dotnet build`) on a free loopback port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const candidates = ['Debug', 'Release'].map((configuration) =>
  path.resolve(here, '../../Innomed.Api.TestServer/bin', configuration, 'net10.0/Innomed.Api.TestServer.dll'),
);

export function findServerDll() {
  const dll = process.env.INNOMED_TESTSERVER_DLL ?? candidates.find((c) => existsSync(c));
  if (!dll || !existsSync(dll)) {
    throw new Error(
      `Test server not built. Run: dotnet build tests/Innomed.Api.TestServer (looked for ${candidates.join(', ')})`,
    );
  }
  return dll;
}

/** @returns {Promise<{ url: string, wsUrl: string, stop: () => Promise<void> }>} */
export async function startServer() {
  const child = spawn('dotnet', [findServerDll(), '--port', '0'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`test server did not start: ${output}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /LISTENING (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`test server exited with ${code}: ${output}`)));
  });
  return {
    url: `${base}/graphql`,
    wsUrl: `${base.replace(/^http/, 'ws')}/graphql`,
    // Closing stdin is the server's signal to stop.
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
