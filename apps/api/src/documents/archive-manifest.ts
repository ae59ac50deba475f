// The archive of a closed case (归档) and its check. The manifest lists every file with its
// SHA-256; sealed documents carry the hash recorded at sealing, and the case's audit events
// travel with their chain hashes, so an exported archive re-verifies with nothing but itself.
import { createHash } from 'node:crypto';
import type { SupervisedAct } from '@jiandu/procedure';
import { unzipSync } from 'fflate';
import { type ChainedEvent, eventHash } from '../audit/chain.ts';

export interface ArchivedEvent extends Omit<ChainedEvent, 'occurredAt'> {
  occurredAt: string;
  prevHash: string;
  hash: string;
}

export interface ArchiveManifest {
  format: 'jiandu-archive/1';
  case: {
    id: string;
    title: string;
    state: string;
    organ: string;
    agency: string;
    /** the enforcement act supervised, as the notice and decision named it */
    act?: SupervisedAct | null;
  };
  exportedAt: string;
  exportedBy: string;
  files: { path: string; sha256: string; size: number }[];
  /** sealed documents: the file and the hash recorded in the audit event at sealing */
  sealed: { path: string; number: string | null; pdfSha256: string; auditSeq: number | null }[];
}

export const MANIFEST = 'manifest.json';
export const AUDIT = 'audit-events.json';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function manifestFor(
  files: Record<string, Uint8Array>,
  meta: Omit<ArchiveManifest, 'files' | 'format'>,
): ArchiveManifest {
  return {
    format: 'jiandu-archive/1',
    ...meta,
    files: Object.entries(files).map(([path, b]) => ({ path, sha256: sha(b), size: b.length })),
  };
}

export interface ArchiveCheck {
  ok: boolean;
  files: number;
  sealed: number;
  events: number;
  problems: string[];
}

export function verifyArchive(zip: Uint8Array): ArchiveCheck {
  const problems: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    return {
      ok: false,
      files: 0,
      sealed: 0,
      events: 0,
      problems: ['不是有效的 ZIP 文件 / not a valid zip file'],
    };
  }
  const raw = entries[MANIFEST];
  if (!raw)
    return { ok: false, files: 0, sealed: 0, events: 0, problems: ['缺少 manifest.json / no manifest'] };
  const m = JSON.parse(new TextDecoder().decode(raw)) as ArchiveManifest;
  const listed = new Set(m.files.map((f) => f.path));
  for (const f of m.files) {
    const b = entries[f.path];
    if (!b) problems.push(`缺少文件 / missing: ${f.path}`);
    else if (sha(b) !== f.sha256) problems.push(`文件被改动 / changed: ${f.path}`);
  }
  for (const path of Object.keys(entries))
    if (path !== MANIFEST && !listed.has(path))
      problems.push(`多出未登记的文件 / not in the manifest: ${path}`);
  const events: ArchivedEvent[] = entries[AUDIT] ? JSON.parse(new TextDecoder().decode(entries[AUDIT])) : [];
  for (const e of events) {
    const { prevHash, hash, ...rest } = e;
    if (eventHash(prevHash, { ...rest, occurredAt: new Date(e.occurredAt) }) !== hash)
      problems.push(`操作日志第 ${e.seq} 号事件被改动 / audit event ${e.seq} was changed`);
  }
  for (const s of m.sealed) {
    const b = entries[s.path];
    if (b && sha(b) !== s.pdfSha256)
      problems.push(`已用印文书与用印时的哈希不符 / sealed PDF differs: ${s.path}`);
    if (!events.some((e) => e.seq === s.auditSeq && JSON.stringify(e.after).includes(s.pdfSha256)))
      problems.push(`没有记录用印哈希的日志事件 / no audit event records the seal of ${s.path}`);
  }
  return {
    ok: problems.length === 0,
    files: m.files.length,
    sealed: m.sealed.length,
    events: events.length,
    problems,
  };
}
