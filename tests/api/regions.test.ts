/**
 * Regions above the district through the real server: who sees which region, the overview's
 * numbers against each station's own pages, and the figures rollup against a full
 * recomputation after random writes of every kind (entry, targets, resources, attendance).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OVERVIEW = `query($code: String!, $year: Int, $asOf: Date) {
  region(code: $code) {
    code
    overview(year: $year, asOf: $asOf) {
      year asOf stations demoStations expectedRate
      completion { count min p25 median p75 max mean }
      histogram { from to count }
      statuses { status count }
      resourceBands { status count }
      resourceCompletion { count median }
      stability { count median }
      grades { grade count }
      parts { kind code stations weakStations resourcesBehind completion { median } }
      stationPage(limit: 500, sort: NAME) {
        total
        items {
          station { code }
          asOf overallCompletion status weakIndicators indicators
          resourceCompletion resourceBand stabilityRate attendanceRate grade totalScore
        }
      }
    }
  }
}`;

type Item = {
  station: { code: string };
  asOf: string;
  overallCompletion: number | null;
  resourceCompletion: number | null;
  resourceBand: string;
  stabilityRate: number | null;
  attendanceRate: number | null;
  weakIndicators: number;
};
type Overview = {
  region: {
    overview: {
      stations: number;
      asOf: string;
      stationPage: { total: number; items: Item[] };
      parts: Array<{ code: string; stations: number }>;
      histogram: Array<{ count: number }>;
    };
  } | null;
};

const overview = (user: string, variables: Record<string, unknown>) =>
  server.queryAs<Overview>(user, OVERVIEW, variables);

describe('who sees a region', () => {
  it('the province and the country see Haizhu under their region; the city not the province above it', async () => {
    for (const [user, code] of [
      ['province', 'guangdong'],
      ['country', 'cn'],
      ['city', 'guangzhou'],
    ]) {
      const { data, errors } = await overview(user!, { code, year: 2024 });
      expect(errors).toBeUndefined();
      // Chigang's one contract is 2023's: 17 stations hold a 2024 contract.
      expect(data!.region!.overview.stations).toBe(17);
    }
    const above = await overview('city', { code: 'guangdong', year: 2024 });
    expect(above.data!.region).toBeNull();
  });

  it('opens on the running contract year (the latest with a contract running today), as a district does', async () => {
    const running = await server.sql<{ year: number }>(
      `select max(service_year) as year from contracts where start <= ? and "end" >= ?`,
      TEST_TODAY,
      TEST_TODAY,
    );
    const { data } = await server.queryAs<{ region: { years: number[]; defaultYear: number } }>(
      'province',
      '{ region(code: "guangdong") { years defaultYear } }',
    );
    expect(data!.region.years).toEqual([2023, 2024]);
    expect(data!.region.defaultYear).toBe(Number(running[0]!.year));
    expect(data!.region.defaultYear).toBe(2024);
  });

  it('logging in tells a region user its region (the request itself is still anonymous then)', async () => {
    const { data } = await server.queryAs<{ login: { user: { role: string; region: { code: string } } } }>(
      null,
      'mutation { login(username: "province", password: "demo") { user { role region { code } } } }',
    );
    expect(data!.login.user).toEqual({ role: 'REGION', region: { code: 'guangdong' } });
  });

  it('a district bureau and a station get no region views', async () => {
    for (const user of ['bureau', 'station-chigang', 'supervisor']) {
      const { data } = await server.queryAs<{ regions: unknown[]; region: unknown }>(
        user,
        '{ regions { code } region(code: "guangzhou") { code } }',
      );
      expect(data).toEqual({ regions: [], region: null });
    }
  });

  it('the breadcrumb goes up to the viewer’s own region only', async () => {
    const { data } = await server.queryAs<{ district: { region: { ancestors: Array<{ code: string }> } } }>(
      'province',
      '{ district(code: "haizhu") { region { code ancestors { code } } } }',
    );
    expect(data!.district.region.ancestors.map((a) => a.code)).toEqual(['guangdong']);
  });

  it('a region authority reads but writes nothing', async () => {
    const { errors } = await server.queryAs(
      'province',
      `mutation { recordProgress(input: { stationCode: "haizhu-xingang", year: 2024, indicatorCode: "home_visits", areaCode: "A", month: "2024-07", value: 1, replace: true }) { id } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('the overview', () => {
  it('takes figures at the last month-end, and finished contracts at their end', async () => {
    const running = await overview('province', { code: 'guangdong', year: 2024, asOf: '2025-01-15' });
    expect(running.data!.region!.overview.asOf).toBe('2024-12-31');
    const items = running.data!.region!.overview.stationPage.items;
    expect(new Set(items.map((i) => i.asOf))).toEqual(new Set(['2024-12-31']));
    const finished = await overview('province', { code: 'guangdong', year: 2023 });
    const chigang = finished.data!.region!.overview.stationPage.items.find(
      (i) => i.station.code === 'haizhu-chigang',
    );
    // Chigang's 2023 contract ends on 2024-05-30, the day its published figures are taken on.
    expect(chigang!.asOf).toBe('2024-05-30');
  });

  it('gives each station the figures of its own pages', async () => {
    const { data } = await overview('province', { code: 'guangdong', year: 2024, asOf: '2025-01-31' });
    const items = data!.region!.overview.stationPage.items;
    expect(items).toHaveLength(17);
    for (const item of items) {
      const page = await server.query<{
        station: {
          contract: {
            overallCompletion: number | null;
            resources: { completionRate: number | null; band: string };
            staffing: { stabilityRate: number | null; attendanceRate: number | null };
            indicators: Array<{ weak: boolean; area: unknown }>;
          };
        };
      }>(
        `query($code: String!) { station(code: $code) { contract(year: 2024) {
          overallCompletion(asOf: "2025-01-31")
          resources(asOf: "2025-01-31") { completionRate band }
          staffing(asOf: "2025-01-31") { stabilityRate attendanceRate }
        } } }`,
        { code: item.station.code },
      );
      const c = page.data!.station.contract;
      expect(item.overallCompletion, item.station.code).toBe(c.overallCompletion);
      expect(item.resourceCompletion).toBe(c.resources.completionRate);
      expect(item.resourceBand).toBe(c.resources.band);
      expect(item.stabilityRate).toBe(c.staffing.stabilityRate);
      expect(item.attendanceRate).toBe(c.staffing.attendanceRate);
    }
  });

  it('counts each station’s data-quality issues as the 数据质量 page finds them', async () => {
    const { data } = await server.queryAs<{
      region: {
        overview: {
          qualityStations: number;
          stationPage: { items: Array<{ station: { code: string }; qualityIssues: number }> };
        };
      };
    }>(
      'province',
      `{ region(code: "guangdong") { overview(year: 2023) { qualityStations stationPage(limit: 500) { items { station { code } qualityIssues } } } } }`,
    );
    const items = data!.region.overview.stationPage.items;
    // Chigang's printed table has known inconsistencies (a lost decimal point, rates that do not add up).
    const chigang = items.find((i) => i.station.code === 'haizhu-chigang')!;
    expect(chigang.qualityIssues).toBeGreaterThan(0);
    for (const item of items) {
      const page = await server.query<{ dataQualityIssues: Array<{ contractYear: number }> }>(
        `query($code: String!) { dataQualityIssues(stationCode: $code) { contractYear } }`,
        { code: item.station.code },
      );
      // The 2023 contracts have all ended: the page takes them on their last day, as the rollup does.
      const in2023 = page.data!.dataQualityIssues.filter((i) => i.contractYear === 2023).length;
      expect(item.qualityIssues, item.station.code).toBe(in2023);
    }
    expect(data!.region.overview.qualityStations).toBe(items.filter((i) => i.qualityIssues > 0).length);
  });

  it('adds up: parts and bins hold every station once', async () => {
    const { data } = await overview('country', { code: 'cn', year: 2024 });
    const o = data!.region!.overview;
    expect(o.parts.reduce((s, p) => s + p.stations, 0)).toBe(o.stations);
    expect(o.histogram.reduce((s, b) => s + b.count, 0)).toBe(o.stationPage.total);
  });

  it('pages, sorts and searches the station list', async () => {
    const page = (args: string) =>
      server.queryAs<{
        region: {
          overview: {
            stationPage: {
              total: number;
              items: Array<{ station: { code: string }; overallCompletion: number }>;
            };
          };
        };
      }>(
        'province',
        `{ region(code: "guangdong") { overview(year: 2024) { stationPage(${args}) { total items { station { code } overallCompletion } } } } }`,
      );
    const all = (await page('limit: 500, sort: COMPLETION_ASC')).data!.region.overview.stationPage;
    const rates = all.items.map((i) => i.overallCompletion);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const second = (await page('offset: 5, limit: 5, sort: COMPLETION_ASC')).data!.region.overview
      .stationPage;
    expect(second.items.map((i) => i.station.code)).toEqual(
      all.items.slice(5, 10).map((i) => i.station.code),
    );
    const found = (await page('search: "xingang"')).data!.region.overview.stationPage;
    expect(found.total).toBe(1);
    const refused = await page('limit: 100000');
    expect(refused.errors?.[0]?.extensions?.code).toBe('input/bad_limit');
  });
});

describe('year on year', () => {
  it('gives a station’s finished years the figures of its own pages, and the running year to the last month-end', async () => {
    const { data } = await server.query<{
      station: {
        trend: Array<{
          year: number;
          asOf: string;
          finished: boolean;
          overallCompletion: number;
          stabilityRate: number;
        }>;
        y2023: { overallCompletion: number; staffing: { stabilityRate: number } };
      };
    }>(`{ station(code: "haizhu-xingang") {
      trend { year asOf finished overallCompletion stabilityRate }
      y2023: contract(year: 2023) { overallCompletion staffing { stabilityRate } }
    } }`);
    const { trend, y2023 } = data!.station;
    expect(trend.map((y) => [y.year, y.asOf, y.finished])).toEqual([
      [2023, '2024-05-31', true],
      [2024, '2025-01-31', false],
    ]);
    expect(trend[0]!.overallCompletion).toBe(y2023.overallCompletion);
    expect(trend[0]!.stabilityRate).toBe(y2023.staffing.stabilityRate);
  });

  it('gives a district the median of its stations each year', async () => {
    const { data } = await server.query<{
      district: {
        trend: Array<{ year: number; stations: number; completion: { median: number } }>;
        stations: Array<{ contract: { overallCompletion: number } | null }>;
      };
    }>(`{ district(code: "haizhu") {
      trend { year stations completion { median } }
      stations { contract(year: 2023) { overallCompletion } }
    } }`);
    const rates = data!.district.stations
      .flatMap((s) => (s.contract ? [s.contract.overallCompletion] : []))
      .sort((a, b) => a - b);
    const y2023 = data!.district.trend.find((y) => y.year === 2023)!;
    expect(y2023.stations).toBe(18);
    // 18 stations: the median is the mean of the 9th and 10th.
    expect(y2023.completion.median).toBeCloseTo((rates[8]! + rates[9]!) / 2, 12);
  });
});

describe('the figures rollup', () => {
  /** Throws away every stored figure (and the cached answers), so that the next overview computes all. */
  async function recomputeEverything() {
    await server.sql('delete from contract_figures');
    await server.sql(
      "update settings set value = cast(cast(value as integer) + 1 as text) where key = 'data_version'",
    );
    // Every cached answer (services/versions.ts).
    await server.sql(
      `insert into settings (key, value) values ('version:all', '1')
       on conflict (key) do update set value = cast(cast(settings.value as integer) + 1 as text)`,
    );
  }

  /** A month that takes writes: not submitted, approved or locked in the demo's reporting cycle. */
  const writable = (contract: string, month: string) =>
    `not exists (select 1 from reporting_periods r where r.contract_id = ${contract} and r.month = ${month}
       and r.state in ('SUBMITTED', 'APPROVED', 'LOCKED'))`;

  it('agrees with a full recomputation after random writes of every kind', async () => {
    const gen = xoroshiro128plus(11);
    const pick = <T>(items: readonly T[]): T => items[uniformInt(gen, 0, items.length - 1)] as T;
    const entries =
      (await server.sql(`select s.code station, i.code indicator, a.code area, substr(p.period_start, 1, 7) as month
         from progress_entries p join contracts c on c.id = p.contract_id join stations s on s.id = c.station_id
         join indicator_definitions i on i.id = p.indicator_id left join service_areas a on a.id = p.area_id
         where c.service_year = 2024 and p.period_end <= '2025-01-31' and s.code like 'haizhu-%'
           and ${writable('c.id', 'substr(p.period_start, 1, 7)')}`)) as Array<{
        station: string;
        indicator: string;
        area: string | null;
        month: string;
      }>;
    const targets =
      (await server.sql(`select s.code station, i.code indicator, a.code area from targets t join contracts c on c.id = t.contract_id
         join stations s on s.id = c.station_id join indicator_definitions i on i.id = t.indicator_id
         left join service_areas a on a.id = t.area_id where c.service_year = 2024`)) as Array<{
        station: string;
        indicator: string;
        area: string | null;
      }>;
    const staff =
      (await server.sql(`select s.code station, st.name name, a.month as month from attendance a join staff st on st.id = a.staff_id
         join stations s on s.id = st.station_id join contracts c on c.id = a.contract_id
         where c.service_year = 2024 and ${writable('c.id', 'a.month')}`)) as Array<{
        station: string;
        name: string;
        month: string;
      }>;
    const writes = [
      () => {
        const e = pick(entries);
        return [
          'mutation($i: ProgressInput!) { recordProgress(input: $i) { id } }',
          {
            stationCode: e.station,
            year: 2024,
            indicatorCode: e.indicator,
            areaCode: e.area,
            month: e.month,
          },
          { value: uniformInt(gen, 0, 400), replace: true },
        ] as const;
      },
      () => {
        const t = pick(targets);
        return [
          'mutation($i: TargetInput!) { setTarget(input: $i) { id } }',
          { stationCode: t.station, year: 2024, indicatorCode: t.indicator, areaCode: t.area },
          { value: uniformInt(gen, 1, 5000) },
        ] as const;
      },
      () => {
        const e = pick(entries);
        return [
          'mutation($i: ResourceLinkInput!) { addResourceLink(input: $i) { id } }',
          { stationCode: e.station, year: 2024, date: `${e.month}-${String(uniformInt(gen, 10, 28))}` },
          {
            sourceType: 'ENTERPRISE',
            kind: 'CASH',
            valueYuan: uniformInt(gen, 1000, 90000),
            description: `测试${uniformInt(gen, 0, 1e9)}`,
          },
        ] as const;
      },
      () => {
        const s = pick(staff);
        return [
          'mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }',
          { stationCode: s.station, year: 2024, month: s.month, staffName: s.name },
          { inPost: uniformInt(gen, 0, 1) === 1, insured: false, paid: true, replace: true },
        ] as const;
      },
    ];
    const variables = { code: 'guangdong', year: 2024, asOf: '2025-01-31' };
    const initial = await overview('province', variables); // the rollup is filled
    for (let round = 0; round < 4; round++) {
      for (let w = 0; w < 6; w++) {
        const [mutation, scope, values] = pick(writes)();
        const { errors } = await server.query(mutation, { i: { ...scope, ...values } });
        expect(errors, JSON.stringify({ scope, values })).toBeUndefined();
      }
      const fromRollup = await overview('province', variables);
      await recomputeEverything();
      const recomputed = await overview('province', variables);
      expect(fromRollup.errors).toBeUndefined();
      expect(fromRollup.data).toEqual(recomputed.data);
    }
    // The writes did change the figures (the comparison above is not of two unchanged answers).
    expect((await overview('province', variables)).data).not.toEqual(initial.data);
  });

  it('a write is seen at once: a cached overview is not served after it', async () => {
    const variables = { code: 'guangzhou', year: 2024, asOf: '2025-01-31' };
    const before = await overview('city', variables);
    const again = await overview('city', variables);
    expect(again.data).toEqual(before.data);
    const target = (before.data!.region!.overview.stationPage.items[0] as Item).station.code;
    // The bureau lowers the station's resources target below what it has linked.
    const { errors } = await server.query('mutation($i: TargetInput!) { setTarget(input: $i) { id } }', {
      i: { stationCode: target, year: 2024, indicatorCode: 'resources_linked', value: 1 },
    });
    expect(errors).toBeUndefined();
    const after = await overview('city', variables);
    const item = after.data!.region!.overview.stationPage.items.find((i) => i.station.code === target)!;
    expect(item.resourceBand).toBe('MET');
  });
});
