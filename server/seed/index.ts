/** Fills an empty database: the indicator catalogue, Chigang 2023 (real) and the demo streets. */
import { eq } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.ts';
import { figuresChanged } from '../services/figures.ts';
import { createUser } from '../services/users.ts';
import type { Db } from '../db/client.ts';
import { writeLock } from '../db/dialect.ts';
import * as t from '../db/schema.ts';
import { seedChigang, ensureHaizhu } from './chigang.ts';
import { generateDemoStations, type DemoStreet } from './demo.ts';
import { seedDemoPeriods } from './demoPeriods.ts';
import { indicatorCatalogue } from './indicators.ts';
import { chigangReference } from './reference.ts';

/** Fixed seed of the demo generator: the same demo on every machine. */
export const DEMO_SEED = 2023;

const streetPinyin: Record<string, string> = {
  新港: 'xingang',
  滨江: 'binjiang',
  素社: 'sushe',
  海幢: 'haizhuang',
  凤阳: 'fengyang',
  龙凤: 'longfeng',
  沙园: 'shayuan',
  瑞宝: 'ruibao',
  江海: 'jianghai',
  南华西: 'nanhuaxi',
  南石头: 'nanshitou',
  江南中: 'jiangnanzhong',
  昌岗: 'changgang',
  南洲: 'nanzhou',
  琶洲: 'pazhou',
  官洲: 'guanzhou',
  华洲: 'huazhou',
};

/** The 17 Haizhu streets other than Chigang, as synthetic stations. */
export function haizhuDemoStreets(): DemoStreet[] {
  return chigangReference.haizhuStreets
    .filter((s) => s !== '赤岗')
    .map((s) => {
      const pinyin = streetPinyin[s];
      if (!pinyin) throw new Error(`no pinyin for street ${s}`);
      const title = pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
      return {
        code: `haizhu-${pinyin}`,
        nameZh: `海珠区${s}街社工服务站`,
        nameEn: `${title} Street Social Work Station`,
        streetZh: `${s}街`,
      };
    });
}

export async function seedIndicatorCatalogue(db: Db): Promise<Map<string, number>> {
  await db.insert(t.indicatorDefinitions).values(indicatorCatalogue).onConflictDoNothing();
  return new Map(
    (
      await db
        .select({ code: t.indicatorDefinitions.code, id: t.indicatorDefinitions.id })
        .from(t.indicatorDefinitions)
    ).map((r) => [r.code, r.id]),
  );
}

export interface SeedOptions {
  /** The demo's "today" (ISO date); the demo contracts in progress run through it. */
  asOf: string;
  seed?: number;
  /** First service year of the demo streets' contracts (default 2023). */
  firstYear?: number;
}

/** The demo users' password, listed in the README; refused when NODE_ENV=production. */
export const DEMO_PASSWORD = 'demo';

/**
 * Seeds an empty database in one transaction, demo users included; a database that has
 * districts is left alone. (Passwords are hashed first: argon2 is slow, and the transaction holds the write lock.)
 */
export async function seedDemoDatabase(
  db: Db,
  { asOf, seed = DEMO_SEED, firstYear }: SeedOptions,
): Promise<boolean> {
  if ((await db.select({ id: t.districts.id }).from(t.districts).limit(1))[0]) return false;
  const hashes = await Promise.all(demoUserSpecs.map(() => hashPassword(DEMO_PASSWORD)));
  // A second process starting on the same new database waits here, then finds it seeded.
  return db.transaction(async (tx) => {
    await writeLock(tx, 'seed');
    if ((await tx.select({ id: t.districts.id }).from(t.districts).limit(1))[0]) return false;
    const indicatorIds = await seedIndicatorCatalogue(tx);
    await seedChigang(tx, indicatorIds);
    const districtId = await ensureHaizhu(tx);
    await generateDemoStations(tx, indicatorIds, {
      seed,
      asOf,
      districtId,
      firstYear,
      streets: haizhuDemoStreets(),
    });
    await seedDemoUsers(tx, districtId, hashes);
    await seedDemoPeriods(tx, asOf);
    await figuresChanged(tx, { all: true });
    return true;
  });
}

const demoUserSpecs = [
  { username: 'bureau', displayName: '海珠区民政局（示例）', role: 'BUREAU' },
  {
    username: 'purchaser-chigang',
    displayName: '赤岗街道办事处（示例）',
    role: 'PURCHASER',
    station: 'haizhu-chigang',
  },
  { username: 'supervisor', displayName: '督导评估（示例）', role: 'SUPERVISOR' },
  { username: 'city', displayName: '广州市民政局（示例）', role: 'REGION', region: 'guangzhou' },
  { username: 'province', displayName: '广东省民政厅（示例）', role: 'REGION', region: 'guangdong' },
  { username: 'country', displayName: '民政部（示例）', role: 'REGION', region: 'cn' },
  {
    username: 'station-chigang',
    displayName: '赤岗街社工站（示例）',
    role: 'STATION',
    station: 'haizhu-chigang',
  },
  {
    // A demo station's clerk, to walk a month through the reporting cycle (Chigang reports year totals).
    username: 'station-haizhuang',
    displayName: '海幢街社工站（示例）',
    role: 'STATION',
    station: 'haizhu-haizhuang',
  },
] as const;

/**
 * The README's demo users: a bureau, Chigang's purchaser and station, a supervisor of all Haizhu,
 * and the city's and province's authorities (read-only, their whole region).
 */
async function seedDemoUsers(db: Db, districtId: number, hashes: string[]): Promise<void> {
  const stationIds = async (code: string) =>
    (await db.select({ id: t.stations.id }).from(t.stations).where(eq(t.stations.code, code))).map(
      (s) => s.id,
    );
  const inDistrict = await db
    .select({ id: t.stations.id })
    .from(t.stations)
    .where(eq(t.stations.districtId, districtId));
  for (const [i, spec] of demoUserSpecs.entries()) {
    const own = 'station' in spec ? await stationIds(spec.station) : [];
    const region =
      'region' in spec ? (await db.select().from(t.regions).where(eq(t.regions.code, spec.region)))[0] : null;
    await createUser(db, {
      ...{ username: spec.username, passwordHash: hashes[i] as string, role: spec.role },
      ...{ displayName: spec.displayName, districtId, regionId: region?.id ?? null, isDemo: true },
      stationIds: spec.role === 'SUPERVISOR' ? inDistrict.map((s) => s.id) : own,
    });
  }
}

/** A district of `count` synthetic stations, for benchmarks and scaling tests. */
export async function seedSyntheticDistrict(
  db: Db,
  { code, count, asOf, seed = DEMO_SEED }: { code: string; count: number; asOf: string; seed?: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const indicatorIds = await seedIndicatorCatalogue(tx);
    const districtId = (
      await tx
        .insert(t.districts)
        .values({
          code,
          nameZh: `示例区（${count} 站）`,
          nameEn: `Synthetic district (${count} stations)`,
          cityZh: '示例市',
        })
        .returning({ id: t.districts.id })
    )[0]!.id;
    const streets = Array.from({ length: count }, (_, i) => ({
      code: `${code}-${i + 1}`,
      nameZh: `示例街${i + 1}社工服务站`,
      nameEn: `Synthetic Street ${i + 1}`,
      streetZh: `示例街${i + 1}`,
    }));
    await generateDemoStations(tx, indicatorIds, { seed, asOf, districtId, streets });
    await figuresChanged(tx, { all: true });
  });
}
