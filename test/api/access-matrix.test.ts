// Data scope (第二条, 第四条): every list and read endpoint, for every role, in two counties
// and the city — asserting what must NOT be visible, not only what is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const r of await t.ctx.db.query<{ name: string; id: string }>(sql`SELECT name, id FROM organisations`))
    ids[r.name] = r.id;
  for (const r of await t.ctx.db.query<{ username: string; id: string }>(sql`SELECT username, id FROM users`))
    ids[r.username] = r.id;
});
afterAll(() => t.close());

interface Who {
  username: string;
  region: string;
  /** the region codes this user may see */
  sees: (code: string) => boolean;
  own: string;
  other: string;
  otherUser: string;
}
const county = (code: string) => (c: string) => c === code;
const city = () => true;

const MATRIX: (Who & { role: string })[] = [
  {
    role: 'supervisor',
    username: 'zezhou-sup1',
    region: '140525',
    sees: county('140525'),
    own: '泽州县交通运输局',
    other: '高平市交通运输局',
    otherUser: 'gaoping-sup1',
  },
  {
    role: 'organ_head',
    username: 'zezhou-head',
    region: '140525',
    sees: county('140525'),
    own: '泽州县应急管理局',
    other: '高平市应急管理局',
    otherUser: 'gaoping-head',
  },
  {
    role: 'admin',
    username: 'zezhou-admin',
    region: '140525',
    sees: county('140525'),
    own: '泽州县市场监督管理局',
    other: '晋城市市场监督管理局',
    otherUser: 'city-sup1',
  },
  {
    role: 'agency_liaison',
    username: 'zezhou-liaison',
    region: '140525',
    sees: county('140525'),
    own: '泽州县市场监督管理局',
    other: '泽州县交通运输局',
    otherUser: 'zezhou-sup1',
  },
  {
    role: 'supervisor',
    username: 'gaoping-sup1',
    region: '140581',
    sees: county('140581'),
    own: '高平市交通运输局',
    other: '泽州县交通运输局',
    otherUser: 'zezhou-sup1',
  },
  {
    role: 'organ_head',
    username: 'gaoping-head',
    region: '140581',
    sees: county('140581'),
    own: '高平市司法局',
    other: '泽州县司法局',
    otherUser: 'zezhou-head',
  },
  {
    role: 'supervisor',
    username: 'city-sup1',
    region: '140500',
    sees: city,
    own: '高平市交通运输局',
    other: '',
    otherUser: '',
  },
  {
    role: 'organ_head',
    username: 'city-head',
    region: '140500',
    sees: city,
    own: '泽州县司法局',
    other: '',
    otherUser: '',
  },
  {
    role: 'reviewer',
    username: 'city-reviewer',
    region: '140500',
    sees: city,
    own: '沁水县司法局',
    other: '',
    otherUser: '',
  },
  {
    role: 'leader',
    username: 'city-leader',
    region: '140500',
    sees: city,
    own: '阳城县人民政府',
    other: '',
    otherUser: '',
  },
  {
    role: 'agency_liaison',
    username: 'city-liaison',
    region: '140500',
    sees: county('140500'),
    own: '晋城市市场监督管理局',
    other: '晋城市交通运输局',
    otherUser: 'city-sup1',
  },
  {
    role: 'admin',
    username: 'city-admin',
    region: '140500',
    sees: city,
    own: '陵川县市场监督管理局',
    other: '',
    otherUser: '',
  },
];

const ADMIN_ONLY = ['/api/v1/users', '/api/v1/audit-events', '/api/v1/audit/verify'];
const READ_FOR_ALL = [
  '/api/v1/regions',
  '/api/v1/organisations',
  '/api/v1/organisations/tree',
  '/api/v1/calendar/years',
  '/api/v1/auth/me',
  '/api/v1/cases',
];

describe('anonymous', () => {
  it.each([...ADMIN_ONLY, ...READ_FOR_ALL, '/api/v1/calendar/deadline?from=2024-09-27&workingDays=5'])(
    '%s → 401',
    async (url) => {
      expect((await t.anonymous.get(url)).statusCode).toBe(401);
    },
  );
  it('the regulation and the public petition pages are public, and say nothing of cases', async () => {
    expect((await t.anonymous.get('/api/v1/regulation')).statusCode).toBe(200);
    const agencies = (await t.anonymous.get('/api/v1/public/agencies')).json().items;
    expect(Object.keys(agencies[0]).sort()).toEqual(['id', 'name', 'regionName']);
  });
  it('health is public', async () => {
    expect((await t.anonymous.get('/api/v1/health')).json()).toMatchObject({ status: 'ok' });
  });
});

describe.each(MATRIX)('$role $username', (who) => {
  const client = () => t.login(who.username);

  it('organisation list and tree hold only the jurisdiction', async () => {
    const c = await client();
    const list = (await c.get('/api/v1/organisations')).json().items as {
      regionCode: string;
      name: string;
      id: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    for (const o of list) expect(who.sees(o.regionCode), `${who.username} sees ${o.name}`).toBe(true);
    if (who.role === 'agency_liaison') expect(list.map((o) => o.name)).toEqual([who.own]);
    const tree = JSON.stringify((await c.get('/api/v1/organisations/tree')).json());
    if (who.other) expect(tree).not.toContain(who.other);
    expect(tree).toContain(who.own);
  });

  it('reads its own, and gets 404 for what lies outside', async () => {
    const c = await client();
    expect((await c.get(`/api/v1/organisations/${ids[who.own]}`)).statusCode).toBe(200);
    if (who.other) {
      const res = await c.get(`/api/v1/organisations/${ids[who.other]}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(who.other);
    }
  });

  it('admin-only reads: users and audit limited to the jurisdiction, 403 for other roles', async () => {
    const c = await client();
    for (const url of ADMIN_ONLY) {
      const res = await c.get(url);
      if (who.role !== 'admin') {
        expect(res.statusCode, url).toBe(403);
        continue;
      }
      expect(res.statusCode, url).toBe(200);
    }
    if (who.role !== 'admin') {
      expect((await c.get(`/api/v1/users/${ids[who.username]}`)).statusCode).toBe(403);
      return;
    }
    const users = (await c.get('/api/v1/users?limit=500')).json().items as {
      regionCode: string;
      username: string;
    }[];
    for (const u of users) expect(who.sees(u.regionCode), u.username).toBe(true);
    const events = (await c.get('/api/v1/audit-events?limit=500')).json().items as {
      regionCode: string | null;
      after: { concerns?: string[] } | null;
    }[];
    // an event about a region outside is listed only when it governs one inside (a basis for the city)
    for (const e of events)
      if (e.regionCode !== null)
        expect(who.sees(e.regionCode) || (e.after?.concerns ?? []).some((r) => who.sees(r))).toBe(true);
    if (who.otherUser) expect((await c.get(`/api/v1/users/${ids[who.otherUser]}`)).statusCode).toBe(404);
  });

  it('writes outside the jurisdiction are refused', async () => {
    const c = await client();
    if (who.other) {
      // outside: an admin is told it does not exist; other roles may not write at all
      const res = await c.patch(`/api/v1/organisations/${ids[who.other]}`, { name: '越权修改', version: 1 });
      expect(res.statusCode).toBe(who.role === 'admin' ? 404 : 403);
    }
    if (who.role !== 'admin') {
      const res = await c.patch(`/api/v1/organisations/${ids[who.own]}`, { name: '越权修改', version: 1 });
      expect(res.statusCode).toBe(403);
    }
  });

  it('reads available to every role', async () => {
    const c = await client();
    for (const url of READ_FOR_ALL) expect((await c.get(url)).statusCode, url).toBe(200);
  });
});
