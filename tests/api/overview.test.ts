import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistrictOverviewDocument } from '../../client/src/graphql/generated/graphql.ts';
import { seedDemoDatabase, seedSyntheticDistrict } from '../../server/seed/index.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

/** The dashboard's own overview query (with its fragments), so the test measures what the page sends. */
const overviewQuery = DistrictOverviewDocument.toString();

interface OverviewStation {
  code: string;
  isDemo: boolean;
  streetZh: string;
  contract: null | {
    overallCompletion: number | null;
    resources: { completionRate: number | null };
    staffing: { stabilityRate: number | null };
    evaluations: Array<{ stage: string; grade: string | null }>;
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: async ({ db }) => {
      await seedDemoDatabase(db, { asOf: TEST_TODAY });
      await seedSyntheticDistrict(db, { code: 'small', count: 5, asOf: TEST_TODAY });
      await seedSyntheticDistrict(db, { code: 'large', count: 60, asOf: TEST_TODAY });
    },
  });
  for (const code of ['small', 'large'])
    await server.addUser({ username: `bureau-${code}`, role: 'BUREAU', district: code });
});
afterAll(async () => {
  await server.close();
});

/** The page's overview query (or another) as the district's bureau, with the SQL statements it cost. */
async function overview(code: string, year: number, query = overviewQuery) {
  server.resetCount();
  const user = code === 'haizhu' ? 'bureau' : `bureau-${code}`;
  await server.token(user);
  server.resetCount();
  const result = await server.queryAs<{ district: { stations: OverviewStation[] } }>(user, query, {
    code,
    year,
  });
  return { result, statements: server.statements() };
}

describe('district overview', () => {
  it('lists all 18 Haizhu stations, only Chigang real, each with completion, resources, stability and grade', async () => {
    const { result } = await overview('haizhu', 2023);
    expect(result.errors).toBeUndefined();
    const stations = result.data!.district.stations;
    expect(stations).toHaveLength(18);
    expect(stations.filter((s) => !s.isDemo).map((s) => s.code)).toEqual(['haizhu-chigang']);
    for (const s of stations) {
      expect(s.contract, s.code).not.toBeNull();
      expect(s.contract!.overallCompletion).toBeGreaterThan(0);
      expect(s.contract!.resources.completionRate).toBeGreaterThan(0);
      expect(s.contract!.staffing.stabilityRate).not.toBeNull();
      expect(s.contract!.evaluations.some((e) => e.stage === 'FINAL' && e.grade)).toBe(true);
    }
  });

  it('has both strong and weak demo stations', async () => {
    const { result } = await overview('haizhu', 2023);
    const grades = new Set(
      result.data!.district.stations.map(
        (s) => s.contract!.evaluations.find((e) => e.stage === 'FINAL')!.grade,
      ),
    );
    expect(grades.has('EXCELLENT') || grades.has('GOOD')).toBe(true);
    expect(grades.has('PASS') || grades.has('FAIL')).toBe(true);
    const completions = result.data!.district.stations.map((s) => s.contract!.overallCompletion!);
    expect(Math.max(...completions) - Math.min(...completions)).toBeGreaterThan(0.2);
  });

  it('a demo contract is in progress on the demo date, and Chigang has no invented later year', async () => {
    const { result } = await overview('haizhu', 2024);
    const stations = result.data!.district.stations;
    expect(stations.find((s) => s.code === 'haizhu-chigang')!.contract).toBeNull();
    expect(
      stations
        .filter((s) => s.isDemo)
        .every((s) => s.contract !== null && s.contract.evaluations.every((e) => e.stage === 'MID')),
    ).toBe(true);
  });

  it('costs the same number of SQL statements for 5 stations as for 60 (DataLoaders batch per request)', async () => {
    const small = await overview('small', 2023);
    const large = await overview('large', 2023);
    expect(small.result.data!.district.stations).toHaveLength(5);
    expect(large.result.data!.district.stations).toHaveLength(60);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('its first chart drawn by the server costs the same statements for 5 stations as for 60 too', async () => {
    const chart = `query($code: String!, $year: Int!) { district(code: $code) {
      stations { code } completionChart(year: $year, width: 800) { description } } }`;
    const small = await overview('small', 2023, chart);
    const large = await overview('large', 2023, chart);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.district.stations).toHaveLength(60);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
