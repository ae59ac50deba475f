// An API under test on its own database, with logged-in clients for the demo users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import type { AppContext } from '../../apps/api/src/context.ts';
import { checkAnswer, recordAnswers } from './contract.ts';
import { openTestDb } from './db.ts';
import { TEST_PASSWORD } from './pg-url.ts';

export interface Client {
  username: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: { now: Date };
  login(username: string, password?: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export async function startTestApp(opts: { now?: Date; logger?: object } = {}): Promise<TestApp> {
  const db = await openTestDb();
  const clock = { now: opts.now ?? new Date('2026-11-26T02:00:00Z') };
  // signing keys and checkpoints in a folder of this test's own, never the working copy's data folder
  const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-keys-'));
  const config = {
    ...loadConfig({}),
    loginRateLimit: 1000,
    webDist: '/nonexistent',
    keyDir: keys,
    checkpointFile: path.join(keys, 'checkpoints.jsonl'),
  };
  const ctx: AppContext = { db, config, now: () => clock.now, version: 'test' };
  const app = await buildApp(ctx, { logger: opts.logger });
  // every answer a test receives through a client is checked against its route's declaration
  const answered = recordAnswers(app);
  const client = (username: string, cookie: string | null, csrf: string): Client => {
    const request = async (o: InjectOptions) => {
      const res = await app.inject({
        ...o,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(o.headers ?? {}),
        },
      });
      checkAnswer(answered, res);
      return res;
    };
    return {
      username,
      csrf,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
      patch: (url, payload) =>
        request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
      put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };
  return {
    app,
    ctx,
    clock,
    anonymous: client('anonymous', null, ''),
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      checkAnswer(answered, res);
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return client(username, cookie, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await db.drop();
      fs.rmSync(keys, { recursive: true, force: true });
    },
  };
}
