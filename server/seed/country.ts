/**
 * The generator behind `npm run seed`: a deterministic country of synthetic stations around the
 * demo district, for scale tests and benchmarks. Up to 1,600 stations it fills Guangdong (the
 * size of its 双百 programme: Guangzhou's real districts first, then the other twenty cities);
 * beyond that, the other provinces. Cities, districts and provinces each draw a quality factor,
 * so strong and weak places occur at every level. Every station is `isDemo`.
 */
import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { generateDemoStations, Rng, type DemoStreet } from './demo.ts';
import {
  ensureGuangzhou,
  ensureRegion,
  guangdongCities,
  guangzhouDistricts,
  provinces,
  type Place,
} from './regions.ts';

/** Guangdong's stations in the 双百 programme, and Guangzhou's (2023). */
const guangdongStations = 1_600;
const guangzhouStations = 176;
/** Streets per district, roughly, for synthetic districts. */
const streetsPerDistrict = 12;

interface DistrictPlan {
  place: Place;
  stations: number;
  quality: number;
}
interface CityPlan {
  place: Place;
  districts: DistrictPlan[];
}
interface ProvincePlan {
  place: Place;
  cities: CityPlan[];
}

/** `total` split into whole parts proportional to `weights` (largest remainder), summing to `total`. */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const shortfall = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < shortfall; k++) {
    const i = (order[k % order.length] as { i: number }).i;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/** Districts of a synthetic city (or of Guangzhou's real ones) holding `stations` between them. */
function planDistricts(
  rng: Rng,
  city: Place,
  stations: number,
  quality: number,
  named?: Place[],
): DistrictPlan[] {
  if (stations <= 0) return [];
  const places =
    named ??
    Array.from({ length: Math.max(1, Math.round(stations / streetsPerDistrict)) }, (_, i) => ({
      code: `${city.code}-d${i + 1}`,
      nameZh: `${city.nameZh.replace(/市$/, '')}示例${i + 1}区`,
      nameEn: `${city.nameEn} demo district ${i + 1}`,
    }));
  const counts = splitWhole(
    stations,
    places.map(() => rng.float(0.7, 1.3)),
  );
  return places
    .map((place, i) => ({ place, stations: counts[i] as number, quality: quality * rng.float(0.96, 1.04) }))
    .filter((d) => d.stations > 0);
}

function syntheticCities(province: Place, count: number): Place[] {
  const short = province.nameZh.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
  return Array.from({ length: count }, (_, i) => ({
    code: `${province.code}-c${i + 1}`,
    nameZh: `${short}示例${i + 1}市`,
    nameEn: `${province.nameEn} demo city ${i + 1}`,
  }));
}

/**
 * Where `stations` new stations go (beside the `existing` ones of the demo district, which sit
 * in Guangzhou): Guangdong up to its 1,600, then the other provinces.
 */
export function planCountry(stations: number, existing: number, seed: number): ProvincePlan[] {
  const rng = new Rng(seed * 7919 + 1);
  const inGuangdong = Math.min(stations, Math.max(0, guangdongStations - existing));
  const inGuangzhou = Math.min(inGuangdong, Math.max(0, guangzhouStations - existing));
  const elsewhere = stations - inGuangdong;
  const otherCities = guangdongCities.slice(1);
  const cityCounts = splitWhole(
    inGuangdong - inGuangzhou,
    otherCities.map(() => rng.float(0.4, 1.6)),
  );
  const gdQuality = rng.float(0.97, 1.03);
  const guangdongPlan: ProvincePlan = {
    place: provinces[0] as Place,
    cities: [
      {
        place: guangdongCities[0] as Place,
        districts: planDistricts(
          rng,
          guangdongCities[0] as Place,
          inGuangzhou,
          gdQuality,
          guangzhouDistricts,
        ),
      },
      ...otherCities.map((place, i) => ({
        place,
        districts: planDistricts(rng, place, cityCounts[i] as number, gdQuality * rng.float(0.92, 1.06)),
      })),
    ],
  };
  const others = provinces.slice(1);
  const provinceCounts =
    elsewhere > 0
      ? splitWhole(
          elsewhere,
          others.map(() => rng.float(0.5, 1.5)),
        )
      : [];
  const otherPlans = others.map((place, p) => {
    const count = provinceCounts[p] ?? 0;
    const quality = rng.float(0.94, 1.05);
    const cities = syntheticCities(place, Math.min(20, Math.max(1, Math.round(count / 90))));
    const perCity = splitWhole(
      count,
      cities.map(() => rng.float(0.5, 1.5)),
    );
    return {
      place,
      cities: cities.map((city, c) => ({
        place: city,
        districts: planDistricts(rng, city, perCity[c] as number, quality * rng.float(0.92, 1.06)),
      })),
    };
  });
  return [guangdongPlan, ...otherPlans]
    .map((p) => ({ ...p, cities: p.cities.filter((c) => c.districts.length > 0) }))
    .filter((p) => p.cities.length > 0);
}

export interface CountryOptions {
  /** Stations in the database when done, the demo district's included. */
  stations: number;
  asOf: string;
  seed: number;
  /** First service year of the contracts (default 2023). */
  firstYear?: number;
  indicatorIds: Map<string, number>;
  /** Called after each city with the stations written so far. */
  onProgress?: (done: number) => void;
}

/** Generates the stations `planCountry` places, one transaction per city. Returns how many. */
export async function seedCountry(db: Db, options: CountryOptions): Promise<number> {
  const existing = (await db.select({ n: count() }).from(t.stations))[0]?.n ?? 0;
  const wanted = options.stations - existing;
  if (wanted <= 0) return 0;
  const plan = planCountry(wanted, existing, options.seed);
  const { country } = await db.transaction((tx) => ensureGuangzhou(tx));
  let index = existing;
  for (const province of plan) {
    const provinceRow = await db.transaction((tx) => ensureRegion(tx, province.place, 'PROVINCE', country));
    for (const city of province.cities) {
      await db.transaction(async (tx) => {
        const cityRow = await ensureRegion(tx, city.place, 'CITY', provinceRow);
        for (const district of city.districts) {
          const districtId = (
            await tx
              .insert(t.districts)
              .values({ ...district.place, cityZh: city.place.nameZh, regionId: cityRow.id })
              .returning({ id: t.districts.id })
          )[0]!.id;
          const streets: DemoStreet[] = Array.from({ length: district.stations }, (_, k) => ({
            code: `${district.place.code}-${k + 1}`,
            nameZh: `${district.place.nameZh}示例街${k + 1}社工服务站`,
            nameEn: `${district.place.nameEn}, demo street ${k + 1}`,
            streetZh: `示例街${k + 1}`,
            quality: district.quality,
          }));
          await generateDemoStations(tx, options.indicatorIds, {
            ...{ seed: options.seed, asOf: options.asOf, districtId, streets },
            ...{ firstIndex: index, firstYear: options.firstYear },
          });
          index += district.stations;
        }
      });
      options.onProgress?.(index - existing);
    }
  }
  return index - existing;
}
