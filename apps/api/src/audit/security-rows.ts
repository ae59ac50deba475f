// The security-relevant rows — who may log in and as what (users), the organisations that
// decide jurisdiction, the seals documents bear — each reduced to a hash, and their digest,
// which every checkpoint signs. Each row has a subject: the audit events that may change it.
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { canonicalJson } from './chain.ts';

export interface SecurityRow {
  /** table */
  t: 'users' | 'organisations' | 'seals';
  id: string;
  /** the subjects whose events account for a change of this row */
  s: string[];
  h: string;
}

const hashOf = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('hex');
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function readSecurityRows(q: Queryable): Promise<SecurityRow[]> {
  const users = await q.query<{
    id: string;
    username: string;
    role: string;
    organisation_id: string;
    password_hash: string;
    active: boolean;
    totp_secret: string | null;
    totp_enabled_at: Date | null;
  }>(sql`SELECT id, username, role, organisation_id, password_hash, active, totp_secret, totp_enabled_at
    FROM users ORDER BY id`);
  const orgs = await q.query<{
    id: string;
    kind: string;
    agency_kind: string | null;
    name: string;
    region_code: string;
    parent_id: string | null;
    active: boolean;
  }>(sql`SELECT id, kind, agency_kind, name, region_code, parent_id, active FROM organisations ORDER BY id`);
  const seals = await q.query<{
    id: string;
    organ_id: string;
    sha256: string;
    image_sha256: string;
    superseded_at: Date | null;
  }>(sql`SELECT id, organ_id, sha256, encode(sha256(image), 'hex') AS image_sha256, superseded_at
    FROM seals ORDER BY id`);
  return [
    ...users.map((u) => ({
      t: 'users' as const,
      id: u.id,
      s: [`user:${u.id}`],
      h: hashOf({ ...u, totp_enabled_at: iso(u.totp_enabled_at) }),
    })),
    // a region moved re-parents its government (organisations/service.ts)
    ...orgs.map((o) => ({
      t: 'organisations' as const,
      id: o.id,
      s: [`organisation:${o.id}`, `region:${o.region_code}`],
      h: hashOf(o),
    })),
    // a new seal supersedes the organ's last one in the same event
    ...seals.map((x) => ({
      t: 'seals' as const,
      id: x.id,
      s: [`seal-organ:${x.organ_id}`],
      h: hashOf({ ...x, superseded_at: iso(x.superseded_at) }),
    })),
  ];
}

export const securityDigest = (rows: readonly SecurityRow[]) => hashOf(rows.map((r) => [r.t, r.id, r.h]));

/** the subject an audit event accounts for (see SecurityRow.s) */
export function eventSubject(e: { entity_type: string; entity_id: string; organisation_id: string | null }) {
  if (e.entity_type === 'seal') return `seal-organ:${e.organisation_id}`;
  return `${e.entity_type}:${e.entity_id}`;
}
