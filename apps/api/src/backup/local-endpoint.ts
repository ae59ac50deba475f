// How `npm run backup` asks the running server for a copy of the embedded database, which
// only that process may open (data-dir-lock.ts). A separate HTTP listener on the loopback
// address only, on a port the system picks, never the public port; it answers one request,
// POST /backup, to a caller presenting the random token the server writes to
// <data>/backup-endpoint.json with mode 0600 — i.e. to the account that runs the server.
// The token is new at every start, and the file is removed on shutdown.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { dumpPglite } from './pglite-dump.ts';

export const ENDPOINT_FILE = 'backup-endpoint.json';

export interface EndpointInfo {
  pid: number;
  port: number;
  token: string;
}

export interface BackupEndpoint {
  close(): Promise<void>;
}

function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startBackupEndpoint(dataDir: string, pg: PGlite): Promise<BackupEndpoint> {
  const token = randomBytes(32).toString('base64url');
  let busy = false;
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || req.url !== '/backup') return void res.writeHead(404).end();
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) return void res.writeHead(403).end();
    if (busy) return void res.writeHead(409).end('a backup is already being taken');
    busy = true;
    const started = performance.now();
    dumpPglite(pg)
      .then(async (blob) => {
        const body = Buffer.from(await blob.arrayBuffer());
        // requests wait while the copy is taken: how long, for the operator
        console.log(
          `backup: copy of ${body.length} bytes taken in ${Math.round(performance.now() - started)} ms`,
        );
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length });
        res.end(body);
      })
      .catch((err) => {
        res.writeHead(500).end(String(err));
      })
      .finally(() => {
        busy = false;
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const info: EndpointInfo = { pid: process.pid, port: (server.address() as AddressInfo).port, token };
  const file = path.join(dataDir, ENDPOINT_FILE);
  fs.rmSync(file, { force: true }); // a file left by a killed server may carry other permissions
  fs.writeFileSync(file, JSON.stringify(info), { mode: 0o600, flag: 'wx' });
  return {
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      try {
        if ((JSON.parse(fs.readFileSync(file, 'utf8')) as EndpointInfo).pid === process.pid) fs.rmSync(file);
      } catch {
        // already gone
      }
    },
  };
}

/** asks the server holding the data folder for a copy; the token file is readable by its account only */
export async function requestBackup(dataDir: string): Promise<Blob> {
  const file = path.join(dataDir, ENDPOINT_FILE);
  let info: EndpointInfo;
  try {
    info = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(
      `运行中的服务没有提供备份接口（${file}）/ the running server offers no backup endpoint (${file}); ` +
        'it may be older than this command, or run under another account',
    );
  }
  const res = await fetch(`http://127.0.0.1:${info.port}/backup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${info.token}` },
  });
  if (!res.ok) throw new Error(`the running server refused the backup: ${res.status} ${await res.text()}`);
  return res.blob();
}
