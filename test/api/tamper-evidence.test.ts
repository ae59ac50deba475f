// Tamper evidence against someone with database access: signed checkpoints kept outside the
// database catch a chain rewritten or wound back behind them, and a user changed with no event.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCheckpointLines } from '../../apps/api/src/audit/checkpoint.ts';
import { loadOrCreateSigningKey, type SigningKey } from '../../apps/api/src/audit/signing-key.ts';
import { takeCheckpoint } from '../../apps/api/src/audit/take-checkpoint.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { verifyCheckpoints } from '../../apps/api/src/audit/verify-checkpoints.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { asReplica, rechain, windBack } from '../helpers/tamper.ts';

let t: TestApp;
let key: SigningKey;
let file: string;
beforeEach(async () => {
  t = await startTestApp();
  key = loadOrCreateSigningKey(t.ctx.config.keyDir);
  file = t.ctx.config.checkpointFile;
});
afterEach(() => t.close());

const checkpoint = (reason: 'timer' | 'stop' | 'start' = 'stop') =>
  takeCheckpoint(t.ctx.db, key, { now: t.clock.now, reason, file });
const witnessed = () => parseCheckpointLines(fs.readFileSync(file, 'utf8'));
const verify = () => verifyCheckpoints(t.ctx.db, witnessed(), new Map([[key.keyId, key.publicKey]]));
const head = async () =>
  (await t.ctx.db.query<{ seq: number }>(sql`SELECT seq::int AS seq FROM audit_head`))[0].seq;
const userId = async (username: string) =>
  (await t.ctx.db.query<{ id: string }>(sql`SELECT id FROM users WHERE username = ${username}`))[0].id;

describe('signed checkpoints', () => {
  it('the key is a 0600 file outside the database folder, made once', () => {
    const f = path.join(t.ctx.config.keyDir, 'checkpoint-ed25519.pem');
    expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKey(t.ctx.config.keyDir).keyId).toBe(key.keyId);
  });

  it('a checkpoint is appended to the file and published with the public key; nothing new, nothing written', async () => {
    expect(await checkpoint()).not.toBeNull();
    expect(await checkpoint('timer')).toBeNull();
    expect(witnessed()).toHaveLength(1);
    const res = (await t.anonymous.get('/api/v1/public/audit-checkpoints')).json();
    expect(res).toMatchObject({ algorithm: 'Ed25519', keyId: key.keyId });
    expect(res.publicKey).toContain('PUBLIC KEY');
    expect(res.items).toEqual(witnessed());
    expect(JSON.parse(res.items[0].body)).toMatchObject({ seq: await head(), findings: [] });
    const r = await verify();
    expect(r).toMatchObject({ ok: true, checkpoints: 1, findings: [] });
    const admin = await t.login('city-admin');
    const viaApi = (await admin.get('/api/v1/audit/verify')).json();
    expect(viaApi).toMatchObject({ ok: true, checkpoints: { ok: true, checkpoints: 1 } });
  });

  it('legitimate changes after a checkpoint verify: each has its event', async () => {
    await checkpoint();
    const admin = await t.login('city-admin');
    const id = await userId('city-sup2');
    const res = await admin.patch(`/api/v1/users/${id}`, { role: 'reviewer', version: 1 });
    expect(res.statusCode).toBe(200);
    expect((await verify()).findings).toEqual([]);
    await checkpoint('timer');
    expect((await verify()).findings).toEqual([]);
  });

  it('a forged checkpoint in the database does not verify', async () => {
    await checkpoint();
    await t.ctx.db.query(
      sql`UPDATE audit_checkpoints SET body = replace(body, '"reason":"stop"', '"reason":"manual"')`,
    );
    expect((await verify()).firstMismatch?.problem).toBe('checkpoint_signature');
  });

  it('a snapshot edited to match a tampered user does not verify', async () => {
    await checkpoint();
    await t.ctx.db.query(sql`UPDATE audit_checkpoints SET rows = jsonb_set(rows, '{0,h}', '"0"')`);
    expect((await verify()).firstMismatch?.problem).toBe('security_snapshot_altered');
  });
});

describe('the four ways round the chain, each caught', () => {
  it('a user made admin with no audit event (replica mode) is named, and stays named after the next checkpoint', async () => {
    await checkpoint('stop');
    const id = await userId('zezhou-sup1');
    await asReplica(t.ctx.db, (tx) => tx.query(sql`UPDATE users SET role = 'admin' WHERE id = ${id}`));
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true); // the chain alone cannot see it
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstMismatch).toMatchObject({ problem: 'security_row_changed' });
    expect(r.firstMismatch?.detail).toContain(`users/${id}`);
    // the server restarts and signs a new checkpoint: what it found is signed into it
    await checkpoint('start');
    const again = await verify();
    expect(again.findings.map((f) => f.problem)).toContain('recorded_at_checkpoint');
    expect(again.findings.some((f) => f.detail.includes(`users/${id}`))).toBe(true);
  });

  it("an event's actor rewritten and the chain re-hashed is caught by the checkpoint behind it", async () => {
    await checkpoint();
    const signedAt = await head();
    await asReplica(t.ctx.db, async (tx) => {
      await tx.query(
        sql`UPDATE audit_events SET actor_name = '他人 (someone else)', actor_id = NULL WHERE seq = 40`,
      );
      await rechain(tx, 40);
    });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true); // re-hashed: the chain alone holds
    const r = await verify();
    expect(r.firstMismatch).toMatchObject({ problem: 'chain_rewritten', seq: signedAt });
    expect(r.firstMismatch?.detail).toContain(`from 1 to ${signedAt}`);
  });

  it('the last events deleted and the head wound back is caught', async () => {
    await checkpoint();
    const signedAt = await head();
    await asReplica(t.ctx.db, (tx) => windBack(tx, signedAt - 3));
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
    const r = await verify();
    expect(r.firstMismatch).toMatchObject({ problem: 'chain_rewound', seq: signedAt });
    // the admin page says so too, while the server runs
    const viaApi = (await (await t.login('city-admin')).get('/api/v1/audit/verify')).json();
    expect(viaApi.checkpoints.firstMismatch).toMatchObject({ problem: 'chain_rewound' });
  });

  it('the checkpoint table cut back to hide a change is caught by the witnessed file', async () => {
    await checkpoint();
    const admin = await t.login('city-admin');
    const res = await admin.patch(`/api/v1/users/${await userId('city-sup2')}`, {
      role: 'reviewer',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    await checkpoint('timer');
    await t.ctx.db.query(sql`DELETE FROM audit_checkpoints WHERE body LIKE '%"reason":"timer"%'`);
    expect((await verify()).firstMismatch?.problem).toBe('checkpoint_missing');
  });
});

describe('a checkpoint file of another database', () => {
  it('a checkpoint signed by a key not trusted is named', async () => {
    await checkpoint();
    const other = loadOrCreateSigningKey(fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-other-')));
    const r = await verifyCheckpoints(t.ctx.db, witnessed(), new Map([[other.keyId, other.publicKey]]));
    expect(r.firstMismatch).toMatchObject({ problem: 'checkpoint_signature' });
  });
});
