/** Starts the real loopback server on a fresh SQLite file in a temp folder, and makes raw HTTP requests to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../electron/db/db-handle';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { startWebServer, type WebServer } from '../../electron/web/server';

export interface Harness {
  dir: string;
  db: Db;
  server: WebServer;
  stop(): Promise<void>;
}

export async function startHarness(staticDir: (dir: string) => string): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-web-'));
  const holder = await DatabaseHolder.open(path.join(dir, 'selfeval.sqlite'));
  const db = holder.handle;
  // A fixed "today" keeps date-dependent check findings stable.
  const server = await startWebServer({ holder, staticDir: staticDir(dir), today: () => '2025-05-29' });
  return {
    dir,
    db,
    server,
    async stop() {
      await server.close();
      holder.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request with the path sent exactly as given (fetch and URL would normalise "/../x" and "%2e%2e" away before
 * the server ever saw them, which would make a traversal test pass for the wrong reason).
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
