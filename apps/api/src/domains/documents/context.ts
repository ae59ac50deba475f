// Gathers what a template needs (documents/data.ts) from the case as it stands in the
// issuing transaction: names of people and bodies, the petition, earlier documents' numbers.
import type { IsoDate } from '@jiandu/calendar';
import { type CaseAction, type CaseFacts, governingBasis } from '@jiandu/procedure';
import { getPack } from '@jiandu/regulation';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { DocumentData, StepRecord } from '../../documents/data.ts';
import { basesGoverning } from '../regulation/service.ts';

interface CaseForDocs {
  id: string;
  organ_id: string;
  agency_name: string;
  title: string;
  pack_id: string;
  facts: CaseFacts;
  registered_on: string;
  reviewing_organ_id: string | null;
  region_code: string;
  petition_id: string | null;
}

export interface Issuer {
  id: string;
  name: string;
  government: string;
  docPrefix: string;
}

/** an organ with the government it belongs to; the organ's name stands in for a missing prefix */
export async function issuerOf(q: Queryable, organId: string): Promise<Issuer> {
  const [o] = await q.query<{ id: string; name: string; government: string; doc_prefix: string | null }>(sql`
    SELECT o.id, o.name, g.name AS government, o.doc_prefix FROM organisations o
    JOIN organisations g ON g.id = o.parent_id WHERE o.id = ${organId}`);
  return { id: o.id, name: o.name, government: o.government, docPrefix: o.doc_prefix || o.name };
}

/**
 * 第十条第二款: review lies with the 上一级行政执法监督机关, which 第四条第二款 makes the 司法行政部门
 * one level up — 晋城市司法局 for a county's decision; for the city's, 山西省司法厅, outside the system.
 */
async function reviewOrganName(q: Queryable, c: CaseForDocs): Promise<string> {
  if (c.reviewing_organ_id) return (await issuerOf(q, c.reviewing_organ_id)).name;
  const [r] = await q.query<{ name: string; level: string }>(sql`
    SELECT p.name, p.level FROM regions r JOIN regions p ON p.code = r.parent_code
    WHERE r.code = (SELECT region_code FROM organisations WHERE id = ${c.organ_id})`);
  if (!r) return '上一级行政执法监督机关';
  return `${r.name}${r.level === 'province' ? '司法厅' : '司法局'}`;
}

/** the case as its documents need it, read in its region */
export async function loadCaseForDocs(
  q: Queryable,
  caseId: string,
  regionCode: string,
): Promise<CaseForDocs> {
  const [c] = await q.query<CaseForDocs>(sql`
    SELECT c.id, c.organ_id, a.name AS agency_name, c.title, c.pack_id, c.facts, c.registered_on,
      c.reviewing_organ_id, c.region_code, c.petition_id
    FROM supervision_cases c JOIN organisations a ON a.id = c.agency_id
    WHERE c.id = ${caseId} AND c.region_code = ${regionCode}`);
  return c;
}

async function lastNumbered(q: Queryable, c: CaseForDocs, kind: string) {
  const [d] = await q.query<{ number: string | null; issued_on: string }>(sql`
    SELECT number, issued_on FROM documents
    WHERE case_id = ${c.id} AND region_code = ${c.region_code} AND kind = ${kind} AND cancelled_at IS NULL
    ORDER BY issued_at DESC LIMIT 1`);
  return d ? { number: d.number, issuedOn: d.issued_on } : null;
}

export async function documentData(
  q: Queryable,
  c: CaseForDocs,
  issuer: Issuer,
  issuedOn: IsoDate,
  number: string | null,
  stepN: number | null,
): Promise<DocumentData> {
  const steps = await q.query<{ n: number; payload: CaseAction; on_day: string; actor_name: string }>(sql`
    SELECT n, payload, on_day, actor_name FROM case_steps WHERE case_id = ${c.id} AND region_code = ${c.region_code}
    ORDER BY n`);
  const records: StepRecord[] = steps
    .filter((s) => stepN === null || s.n <= stepN)
    .map((s) => ({ n: s.n, action: s.payload, on: s.on_day, actorName: s.actor_name }));
  const people = await q.query<{ id: string; display_name: string }>(sql`
    SELECT id, display_name FROM users WHERE organisation_id = ${c.organ_id}`);
  const [p] = c.petition_id
    ? await q.query<{
        kind: 'application' | 'complaint' | 'report';
        channel: string;
        summary: string;
        received_at: Date;
        occurred_on: string | null;
        anonymous: boolean;
        petitioner_name: string | null;
        petitioner_address: string | null;
      }>(sql`SELECT * FROM petitions WHERE id = ${c.petition_id} AND region_code = ${c.region_code}`)
    : [];
  const caseOrgan = await issuerOf(q, c.organ_id);
  // 第十九条: the basis the documents name where the case's pack is applied further, as on the case page
  const basis = governingBasis({ today: issuedOn, bases: await basesGoverning(q, c.pack_id, c.region_code) });
  return {
    issuedOn,
    number,
    organ: { name: issuer.name, government: issuer.government },
    agency: { name: c.agency_name },
    caseTitle: c.title,
    registeredOn: c.registered_on,
    filingNumber: (await lastNumbered(q, c, 'filing_approval_form'))?.number ?? null,
    petition: p
      ? {
          kind: p.kind,
          channel: p.channel,
          summary: p.summary,
          receivedOn: c.registered_on,
          occurredOn: p.occurred_on,
          petitioner: p.anonymous ? null : p.petitioner_name,
          address: p.anonymous ? null : p.petitioner_address,
        }
      : null,
    facts: c.facts,
    pack: getPack(c.pack_id),
    basisReference: basis?.reference ?? null,
    names: Object.fromEntries(people.map((u) => [u.id, u.display_name])),
    step: stepN === null ? null : (records.find((s) => s.n === stepN) ?? null),
    steps: records,
    reviewOrgan: issuer.id === caseOrgan.id ? await reviewOrganName(q, c) : caseOrgan.name,
    decision: await lastNumbered(q, c, 'supervision_decision'),
    notice: await lastNumbered(q, c, 'supervision_notice'),
  };
}
