// The demo organs' supervision seals (行政执法监督专用章), filed through the same use case an
// administrator uses. The images are drawn by scripts/make-demo-seals.ts.
import fs from 'node:fs';
import type { Db } from '../db/client.ts';
import { uploadSeal } from '../domains/documents/service.ts';
import { CITY, COUNTIES } from './demo-data.ts';
import { systemUseCase } from './system.ts';

export async function fileDemoSeals(db: Db, now: Date, organIdByName: (name: string) => string | undefined) {
  const uc = await systemUseCase(db, now);
  for (const region of [CITY, ...COUNTIES]) {
    const file = new URL(`./seals/${region.code}.png`, import.meta.url);
    const organId = organIdByName(region.organ);
    if (!organId || !fs.existsSync(file)) continue;
    await uploadSeal(uc, organId, `${region.government}行政执法监督专用章.png`, fs.readFileSync(file));
  }
}
