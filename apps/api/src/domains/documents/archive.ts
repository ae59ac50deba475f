// 归档: a case that has ended exports as one ZIP: the table of contents (卷内目录) as PDF, every
// document in order as PDF (the sealed ones exactly as sealed), the evidence, the timeline and
// the audit events, and a manifest of hashes (documents/archive-manifest.ts).
import { zipSync } from 'fflate';
import type { Actor } from '../../access/actor.ts';
import { type AuditRow, rowToEvent } from '../../audit/rows.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { type ArchivedEvent, AUDIT, MANIFEST, manifestFor } from '../../documents/archive-manifest.ts';
import { cnDate } from '../../documents/layout.ts';
import type { FormRow, OfficialDocument } from '../../documents/model.ts';
import { pdfPageCount } from '../../documents/pdf/seal.ts';
import { documentSpec } from '../../documents/registry.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { safeFileName } from '../cases/files.ts';
import type { CaseRow } from '../cases/queries.ts';
import { caseDocuments, sealedPdf } from './queries.ts';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));

function tableOfContents(
  c: CaseRow,
  rows: { n: number; title: string; number: string | null; date: string; pages: string; note: string }[],
): OfficialDocument {
  const act = c.facts.act;
  const form: FormRow[] = rows.map((r) => ({
    label: `${r.n}`,
    value: `${r.title}${r.number ? `  ${r.number}` : ''}\n${cnDate(r.date)}  第${r.pages}页${r.note ? `  ${r.note}` : ''}`,
  }));
  return {
    kind: 'archive_contents',
    issuerHead: c.organ_name,
    title: '卷内目录',
    number: null,
    separator: false,
    addressee: null,
    body: [
      { type: 'p', text: `案卷：${c.title}`, indent: false },
      {
        type: 'p',
        text: `被监督机关：${c.agency_name}    登记日期：${cnDate(c.registered_on)}`,
        indent: false,
      },
      // 第九条（三）（四）: the act the notice and decision named
      ...(act
        ? [
            {
              type: 'p' as const,
              text: `被监督的行政执法行为：${cnDate(act.madeOn)}对${act.party}${act.name}${act.number ? `（${act.number}）` : ''}`,
              indent: false,
            },
          ]
        : []),
      { type: 'form', rows: [{ label: '序号', value: '文书名称、文号、日期、页号' }, ...form] },
    ],
    attachments: [],
    signature: null,
    note: null,
    colophon: null,
  };
}

export async function caseArchive(q: Queryable, actor: Actor, c: CaseRow, now: Date): Promise<Uint8Array> {
  const docs = await caseDocuments(q, actor, c);
  const files: Record<string, Uint8Array> = {};
  const sealed: { path: string; number: string | null; pdfSha256: string; auditSeq: number | null }[] = [];
  const contents = [];
  let page = 2; // the table of contents is page 1
  for (const [i, d] of docs.entries()) {
    const pdf = d.sealed_at ? (await sealedPdf(q, d))! : await renderPdf(d.content);
    const path = `${String(i + 1).padStart(2, '0')}-${safeFileName(d.number ?? d.title, 'pdf')}`;
    files[path] = pdf;
    const pages = await pdfPageCount(pdf);
    contents.push({
      n: i + 1,
      title: documentSpec(d.kind)?.zh ?? d.title,
      number: d.number,
      date: d.issued_on,
      pages: pages > 1 ? `${page}–${page + pages - 1}` : `${page}`,
      note: d.cancelled_at ? `已作废：${d.cancel_reason}` : d.sealed_at ? '已用印' : '',
    });
    page += pages;
    if (d.sealed_at && d.pdf_sha256) {
      const [{ seq }] = await q.query<{ seq: number | null }>(
        sql`SELECT sealed_audit_seq AS seq FROM documents WHERE id = ${d.id} AND region_code = ${d.region_code}`,
      );
      sealed.push({ path, number: d.number, pdfSha256: d.pdf_sha256, auditSeq: seq });
    }
  }
  files['00-卷内目录.pdf'] = await renderPdf(tableOfContents(c, contents));
  const evidence = await q.query<{ id: string; file_name: string; content: Uint8Array; source: string }>(
    sql`SELECT id, file_name, content, source FROM attachments WHERE case_id = ${c.id} AND region_code = ${c.region_code}
      ORDER BY uploaded_at, id`,
  );
  for (const [i, a] of evidence.entries())
    files[`evidence/${String(i + 1).padStart(2, '0')}-${a.file_name}`] = a.content;
  const steps =
    await q.query(sql`SELECT n, action, from_state, to_state, article, actor_name, on_day, at, payload, documents
    FROM case_steps WHERE case_id = ${c.id} AND region_code = ${c.region_code} ORDER BY n`);
  files['timeline.json'] = json(steps);
  const events = await q.query<AuditRow>(sql`SELECT * FROM audit_events
    WHERE (entity_type = 'case' AND entity_id = ${c.id})
       OR (entity_type = 'document' AND entity_id = ANY(${docs.map((d) => d.id)}))
    ORDER BY seq`);
  const archived: ArchivedEvent[] = events.map((r) => ({
    ...rowToEvent(r),
    occurredAt: r.occurred_at.toISOString(),
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
  files[AUDIT] = json(archived);
  const manifest = manifestFor(files, {
    case: {
      id: c.id,
      title: c.title,
      state: c.state,
      organ: c.organ_name,
      agency: c.agency_name,
      act: c.facts.act ?? null,
    },
    exportedAt: now.toISOString(),
    exportedBy: actor.displayName,
    sealed,
  });
  return zipSync({ ...files, [MANIFEST]: json(manifest) }, { level: 6 });
}
