// What a backup promises: every table's row count and the audit chain's head, with the
// archive's SHA-256. A restore is checked against it, so a partial or altered restore shows.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { SignedCheckpoint } from '../audit/checkpoint.ts';
import { readSecurityRows, securityDigest } from '../audit/security-rows.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import type { DatabaseKind, Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';

export interface BackupManifest {
  format: 'jiandu-backup/1';
  database: DatabaseKind;
  archive: string;
  sha256: string;
  bytes: number;
  createdAt: string;
  tables: Record<string, number>;
  /** security: digest of the security-relevant rows (absent in older manifests) */
  audit: { ok: boolean; events: number; headSeq: number; headHash: string; security?: string };
  /** the archive's head and rows, signed with the checkpoint key (absent when no key was at hand) */
  checkpoint?: SignedCheckpoint;
}

export type DataState = Pick<BackupManifest, 'tables' | 'audit'>;

/** row counts of every table of the schema and the verified audit chain, read in one go */
export async function readDataState(db: Queryable): Promise<DataState> {
  const names = await db.query<{ table_name: string }>(sql`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
  const tables: Record<string, number> = {};
  // names come from the catalogue, never from input
  for (const { table_name } of names) {
    const [r] = await db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table_name}"`)}`,
    );
    tables[table_name] = r.n;
  }
  const v = await verifyAuditChain(db);
  const security = securityDigest(await readSecurityRows(db));
  return {
    tables,
    audit: { ok: v.ok, events: v.checked, headSeq: v.headSeq, headHash: v.headHash, security },
  };
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** the differences between what the manifest promised and what the database holds, one line each */
export function compareWithManifest(m: BackupManifest, got: DataState): string[] {
  const diffs: string[] = [];
  for (const name of new Set([...Object.keys(m.tables), ...Object.keys(got.tables)]))
    if (m.tables[name] !== got.tables[name])
      diffs.push(`${name}: ${m.tables[name] ?? '—'} → ${got.tables[name] ?? '—'}`);
  if (!got.audit.ok) diffs.push('audit chain does not verify');
  if (m.audit.security && m.audit.security !== got.audit.security)
    diffs.push(`security-relevant rows: ${m.audit.security} → ${got.audit.security}`);
  if (m.audit.headSeq !== got.audit.headSeq || m.audit.headHash !== got.audit.headHash)
    diffs.push(
      `audit head: ${m.audit.headSeq} ${m.audit.headHash} → ${got.audit.headSeq} ${got.audit.headHash}`,
    );
  return diffs;
}

export const manifestPathOf = (archive: string) =>
  `${archive.replace(/\.(tar\.gz|dump)$/, '')}.manifest.json`;

/** backups/jiandu-YYYYMMDD-HHMMSS (UTC) */
export function backupStem(now: Date): string {
  const s = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `jiandu-${s}`;
}
