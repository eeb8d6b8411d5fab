// Builds the app and serves `dist` with `vite preview` under a sub-path, for the e2e runner.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Vite's own entry, run with node directly: the PID we hold is then the server itself (npx would sit between).
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** Runs `vite build`; rejects with Vite's output when it fails. */
export function buildApp() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`vite build failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

export function assertDistExists() {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/index.html is missing: run `npm run build` first, or unset E2E_SKIP_BUILD.');
  }
}

/** A port that was free a moment ago (vite runs with --strictPort, so a lost race fails loudly and we retry). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// For races only: an unref'd timer does not keep the process alive after everything else is done.
const graceTimer = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Starts `vite preview` serving dist at `basePath` and waits until it answers.
 * Returns `{ baseURL, pid, stop }`; `stop()` is idempotent and kills the server's process group by PID.
 */
export async function startPreview({ basePath, startupTimeoutMs = 20_000, attempts = 3 }) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    const server = spawnPreview(port, basePath);
    try {
      await waitUntilServing(server, startupTimeoutMs);
      return server;
    } catch (error) {
      await server.stop();
      lastError = error;
      // Only a port race is worth another try; anything else fails now.
      if (!/in use|EADDRINUSE/i.test(server.output())) break;
    }
  }
  throw lastError;
}

function spawnPreview(port, basePath) {
  const args = [viteBin, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)];
  args.push('--base', basePath);
  // detached: own process group, so stop() can kill anything vite spawned along with it.
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let stopping;
  const server = {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    pid: child.pid,
    exited,
    output: () => output,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    /** Synchronous best effort, for process 'exit' handlers. */
    killNow() {
      if (server.hasExited()) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
    stop() {
      stopping ??= (async () => {
        if (server.hasExited()) return;
        signalGroup(child.pid, 'SIGTERM');
        const done = await Promise.race([exited.then(() => true), graceTimer(3000).then(() => false)]);
        if (!done) signalGroup(child.pid, 'SIGKILL');
        await Promise.race([exited, graceTimer(2000)]);
      })();
      return stopping;
    },
  };
  child.on('error', (error) => (output += `\nspawn error: ${error.message}`));
  return server;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

async function waitUntilServing(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.hasExited()) {
      throw new Error(
        `vite preview exited before serving ${server.baseURL}; its output:\n${server.output()}`,
      );
    }
    try {
      const response = await fetch(server.baseURL, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(
    `vite preview did not answer on ${server.baseURL} within ${timeoutMs / 1000} s ` +
      `(set E2E_SERVER_TIMEOUT_MS to wait longer); its output:\n${server.output() || '(none)'}`,
  );
}
