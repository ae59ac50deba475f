// What every installation needs: the province as the root region (outside the system: the
// city organ's decisions are reviewed there, 第十条) and the holiday calendar.
import { seedFromChineseDays } from '@jiandu/calendar';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { loadCalendarYear } from '../domains/calendar/service.ts';
import { PROVINCE } from './demo-data.ts';
import { systemUseCase } from './system.ts';

export async function seedBase(db: Db, now: Date): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM regions`);
  if (n > 0) return false;
  await db.tx(async (tx) => {
    await tx.query(sql`INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system)
      VALUES (${PROVINCE.code}, ${PROVINCE.name}, ${PROVINCE.nameEn}, 'province', NULL, ${`${PROVINCE.code}/`}, false)`);
    await recordAudit(
      tx,
      { actor: SYSTEM_ACTOR, requestId: 'seed', now },
      {
        action: 'region.create',
        entityType: 'region',
        entityId: PROVINCE.code,
        after: { ...PROVINCE, level: 'province', inSystem: false },
        article: 'art10.2',
        regionCode: null,
        organisationId: null,
      },
    );
  });
  const uc = await systemUseCase(db, now);
  const { exceptions, years } = seedFromChineseDays();
  for (const year of years) {
    await loadCalendarYear(uc, year, {
      notice: `国务院办公厅关于${year}年部分节假日安排的通知`,
      source: 'chinese-days',
      days: exceptions
        .filter((e) => e.date.startsWith(`${year}-`))
        .map((e) => ({ date: e.date, kind: e.kind, name: e.name, nameEn: e.nameEn })),
    });
  }
  return true;
}
