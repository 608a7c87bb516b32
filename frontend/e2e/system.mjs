// Starts the real embedded system (the built silo: SQLite, demo data, dev sign-in, the web app at /)
// on a free loopback port with a throw-away data directory, like tests/Innomed.IntegrationTests'
// InnomedProcess. INNOMED_URL points the tests at a system that is already running instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function findSiloDll() {
  const configuration = process.env.INNOMED_CONFIGURATION;
  const candidates = (configuration ? [configuration] : ['Release', 'Debug']).map((c) =>
    path.join(root, 'silo/Innomed.Silo/bin', c, 'net10.0/Innomed.Silo.dll'),
  );
  const dll = candidates.find((c) => existsSync(c));
  if (!dll) throw new Error(`Silo not built. Run: dotnet build silo/Innomed.Silo -c Release (looked for ${candidates.join(', ')})`);
  return dll;
}

/** @returns {Promise<{ url: string, stop: () => Promise<void>, restart?: () => Promise<void> }>} */
export async function startSystem() {
  if (process.env.INNOMED_URL) return { url: process.env.INNOMED_URL.replace(/\/$/, ''), stop: async () => {} };
  const dll = findSiloDll();
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'innomed-e2e-'));
  const [http, silo, gateway] = [await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${http}`;
  const args = [
    dll,
    `--urls=${url}`,
    `--Innomed:DataDirectory=${dataDirectory}`,
    `--Orleans:SiloPort=${silo}`,
    `--Orleans:GatewayPort=${gateway}`,
    '--Innomed:Demo:OpeningHours=00:00-00:00', // patients may start at any hour
    '--Innomed:RateLimit:Enabled=false', // several browser contexts from one address
    '--Logging:LogLevel:Default=Warning',
  ];
  let process_ = await launchSilo(dll, args, url);
  const stopSilo = async () => {
    const { child, exited } = process_;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    url,
    // Same storage, same address: clients must reconnect and find their data again.
    restart: async () => {
      await stopSilo();
      process_ = await launchSilo(dll, args, url);
    },
    stop: async () => {
      await stopSilo();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

async function launchSilo(dll, args, url) {
  const child = spawn('dotnet', args, { cwd: path.dirname(dll), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`silo exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await fetch(`${url}/health/ready`);
      // The seeder runs in the background: wait until the demo users can sign in.
      if (r.ok && (await fetch(`${url}/auth/dev/users`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`silo not ready within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { child, exited };
}

/** A GraphQL call as a signed-in user against the system under test; GraphQL errors fail the test. */
export async function graphqlAs(system, token, query, variables) {
  const r = await fetch(`${system.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
