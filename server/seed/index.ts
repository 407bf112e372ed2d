/** Fills an empty database: the indicator catalogue, Chigang 2023 (real) and the demo streets. */
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { seedChigang, ensureHaizhu } from './chigang.ts';
import { generateDemoStations, type DemoStreet } from './demo.ts';
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

export function seedIndicatorCatalogue(db: Db): Map<string, number> {
  db.insert(t.indicatorDefinitions).values(indicatorCatalogue).onConflictDoNothing().run();
  return new Map(
    db
      .select({ code: t.indicatorDefinitions.code, id: t.indicatorDefinitions.id })
      .from(t.indicatorDefinitions)
      .all()
      .map((r) => [r.code, r.id]),
  );
}

export interface SeedOptions {
  /** The demo's "today" (ISO date); the demo contracts in progress run through it. */
  asOf: string;
  seed?: number;
}

/** Seeds an empty database in one transaction; a database that has districts is left alone. */
export function seedDemoDatabase(db: Db, { asOf, seed = DEMO_SEED }: SeedOptions): boolean {
  return db.transaction((tx) => {
    if (tx.select({ id: t.districts.id }).from(t.districts).limit(1).get()) return false;
    const indicatorIds = seedIndicatorCatalogue(tx);
    seedChigang(tx, indicatorIds);
    generateDemoStations(tx, indicatorIds, {
      seed,
      asOf,
      districtId: ensureHaizhu(tx),
      streets: haizhuDemoStreets(),
    });
    return true;
  });
}

/** A district of `count` synthetic stations, for benchmarks and scaling tests. */
export function seedSyntheticDistrict(
  db: Db,
  { code, count, asOf, seed = DEMO_SEED }: { code: string; count: number; asOf: string; seed?: number },
): void {
  db.transaction((tx) => {
    const indicatorIds = seedIndicatorCatalogue(tx);
    const districtId = tx
      .insert(t.districts)
      .values({
        code,
        nameZh: `示例区（${count} 站）`,
        nameEn: `Synthetic district (${count} stations)`,
        cityZh: '示例市',
      })
      .returning({ id: t.districts.id })
      .get().id;
    const streets = Array.from({ length: count }, (_, i) => ({
      code: `${code}-${i + 1}`,
      nameZh: `示例街${i + 1}社工服务站`,
      nameEn: `Synthetic Street ${i + 1}`,
      streetZh: `示例街${i + 1}`,
    }));
    generateDemoStations(tx, indicatorIds, { seed, asOf, districtId, streets });
  });
}
