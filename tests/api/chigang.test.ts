import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatedRate } from '../../server/domain/progress.ts';
import { chigangReference as ref } from '../../server/seed/reference.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface Status {
  indicator: { code: string; unit: string };
  area: { code: string } | null;
  target: number | null;
  actual: number;
  completionRate: number | null;
  statedRate: number | null;
  statedRateText: string | null;
  status: string;
  gap: number | null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('Chigang 2023 through GraphQL', () => {
  it('returns every figure of the reference file exactly', async () => {
    const { data, errors } = await server.query<{ station: { contract: { indicatorStatuses: Status[] } } }>(`{
      station(code: "haizhu-chigang") { contract(year: 2023) { indicatorStatuses {
        indicator { code unit } area { code } target actual completionRate statedRate statedRateText status gap
      } } }
    }`);
    expect(errors).toBeUndefined();
    const statuses = data!.station.contract.indicatorStatuses;
    const expected = ref.indicators.flatMap((ind) => [
      ...Object.entries(ind.byArea ?? {}).map(([area, fig]) => ({
        code: ind.code,
        area: area as string | null,
        fig,
      })),
      { code: ind.code, area: null as string | null, fig: ind.total },
    ]);
    expect(statuses).toHaveLength(expected.length);
    for (const {
      code,
      area,
      fig: [target, actual, printed],
    } of expected) {
      const s = statuses.find((x) => x.indicator.code === code && (x.area?.code ?? null) === area);
      expect(s, `${code}/${area}`).toBeDefined();
      expect(s!.target).toBe(target);
      expect(s!.actual).toBe(actual);
      expect(s!.completionRate).toBeCloseTo(actual / target, 12);
      expect(s!.statedRateText).toBe(printed);
      expect(s!.statedRate).toBeCloseTo(parseStatedRate(printed)!, 12);
    }
  });

  it('phone visits read 103.70% (3111 / 3000), met', async () => {
    const { data } = await server.query<{ station: { contract: { indicatorStatuses: Status[] } } }>(`{
      station(code: "haizhu-chigang") { contract(year: 2023) { indicatorStatuses { indicator { code unit } area { code } target actual completionRate statedRate statedRateText status gap } } }
    }`);
    const phone = data!.station.contract.indicatorStatuses.find(
      (s) => s.indicator.code === 'phone_visits' && s.area === null,
    )!;
    expect([phone.target, phone.actual, phone.status, phone.gap]).toEqual([3000, 3111, 'MET', 0]);
    expect((phone.completionRate! * 100).toFixed(2)).toBe('103.70');
  });

  it('filters to one service area', async () => {
    const { data } = await server.query<{ station: { contract: { indicatorStatuses: Status[] } } }>(`{
      station(code: "haizhu-chigang") { contract(year: 2023) { indicatorStatuses(areaCode: "B") { indicator { code unit } area { code } target actual completionRate statedRate statedRateText status gap } } }
    }`);
    const statuses = data!.station.contract.indicatorStatuses;
    expect(new Set(statuses.map((s) => s.area?.code))).toEqual(new Set(['B']));
    expect(statuses.find((s) => s.indicator.code === 'large_event_attendance')).toMatchObject({
      target: 900,
      actual: 1498,
    });
  });

  it('resources: 194,580.11 of 500,000, CRITICAL, gap 305,419.89 yuan; staffing 254/240, 80%, 85%, 85%; final 83.49 GOOD', async () => {
    const { data, errors } = await server.query<{
      station: { isDemo: boolean; contract: Record<string, any> };
    }>(`{
      station(code: "haizhu-chigang") { isDemo contract(year: 2023) {
        year start end contractedPositions overallCompletion
        resources { target actual completionRate status gap expectedRate }
        staffing { contractedPositions headcount actualPersonMonths expectedPersonMonths attendanceRate stabilityRate certifiedRatio experienceRatio }
        evaluations { stage date total grade parts { party } satisfactionRate satisfactionSample }
      } }
    }`);
    expect(errors).toBeUndefined();
    const c = data!.station.contract;
    expect(data!.station.isDemo).toBe(false);
    expect([c.year, c.start, c.end, c.contractedPositions]).toEqual([2023, '2023-05-31', '2024-05-30', 20]);
    expect(c.resources).toMatchObject({
      target: 500000,
      actual: 194580.11,
      status: 'CRITICAL',
      gap: 305419.89,
      expectedRate: 1,
    });
    expect((c.resources.completionRate * 100).toFixed(2)).toBe('38.92');
    expect(c.staffing).toMatchObject({
      contractedPositions: 20,
      headcount: 21,
      actualPersonMonths: 254,
      expectedPersonMonths: 240,
      stabilityRate: 0.8,
      certifiedRatio: 0.85,
      experienceRatio: 0.85,
    });
    expect(c.staffing.attendanceRate).toBeCloseTo(254 / 240, 12);
    expect(c.evaluations).toEqual([
      {
        stage: 'FINAL',
        date: '2024-06-07',
        total: 83.49,
        grade: 'GOOD',
        parts: [],
        satisfactionRate: 0.872,
        satisfactionSample: 100,
      },
    ]);
    // 19 indicators met and resources at 38.92%, each capped at 100%.
    expect(c.overallCompletion).toBeCloseTo((19 + 194580.11 / 500000) / 20, 12);
  });

  it('before its year totals end, Chigang shows them as year totals judged at year end, never as 0 or invented months', async () => {
    type Pending = Status & { complete: boolean; weak: boolean; paceRatio: number | null };
    const { data } = await server.query<{
      station: { contract: { overallStatus: string; indicatorStatuses: Pending[] } };
    }>(`{
      station(code: "haizhu-chigang") { contract(year: 2023) {
        overallStatus(asOf: "2023-11-30")
        indicatorStatuses(asOf: "2023-11-30") { indicator { code unit } area { code } target actual completionRate statedRate statedRateText status gap complete weak paceRatio }
      } }
    }`);
    const { overallStatus, indicatorStatuses: statuses } = data!.station.contract;
    expect(statuses.length).toBeGreaterThan(50);
    // Every figure is a year total still running on that date: shown at its value, not judged.
    expect(
      statuses.filter((s) => s.complete || s.status !== 'PENDING' || s.weak || s.paceRatio !== null),
    ).toEqual([]);
    const phone = statuses.find((s) => s.indicator.code === 'phone_visits' && s.area === null)!;
    expect([phone.actual, phone.target, phone.statedRateText]).toEqual([3111, 3000, '103.70%']);
    expect(overallStatus).toBe('PENDING');
  });
});

describe('bad input', () => {
  it('an invalid date is a coded error naming the value, in Chinese and English', async () => {
    const { data, errors } = await server.query(
      `{ station(code: "haizhu-chigang") { contract(year: 2023) { indicatorStatuses(asOf: "2023-02-30") { actual } } } }`,
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'input/bad_date', value: '2023-02-30' });
    expect(String(errors?.[0]?.extensions?.messageZh)).toContain('2023-02-30');
  });

  it('an unknown station is null, not an error', async () => {
    const { data, errors } = await server.query<{ station: null }>(`{ station(code: "nowhere") { code } }`);
    expect(errors).toBeUndefined();
    expect(data!.station).toBeNull();
  });

  it('an impossible service year is a coded error', async () => {
    const { errors } = await server.query(
      `{ station(code: "haizhu-chigang") { contract(year: 99999) { year } } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('input/bad_year');
  });
});

describe('what the Chigang report says beyond its indicator table', () => {
  const query = async <T>(q: string) => {
    const { data, errors } = await server.query<T>(q);
    expect(errors).toBeUndefined();
    return data!;
  };

  it('reach figures, population, communities per area, operating since: as in the reference', async () => {
    const data = await query<{ station: any }>(`{ station(code: "haizhu-chigang") {
      operatingSince communityCount residentPopulation areas { code communities printedLabel }
      contract(year: 2023) { reach { code value area { code } name en: name(lang: "en") unit document { kind } } } } }`);
    const s = data.station;
    expect(s).toMatchObject({
      operatingSince: ref.station.operatingSince,
      communityCount: ref.station.communityCount,
      residentPopulation: ref.station.residentPopulation,
    });
    expect(s.areas.map((a: { communities: string[] }) => a.communities)).toEqual(
      ref.areas.map((a) => a.communities),
    );
    const total = (code: string) =>
      s.contract.reach.find((f: { code: string; area: unknown }) => f.code === code && f.area === null)
        ?.value;
    expect(total('registered_households')).toBe(ref.reach.registeredHouseholds);
    expect(total('visited_households')).toBe(ref.reach.visitedHouseholds);
    expect(total('persons_served_by_visits')).toBe(ref.reach.personsServedByVisits);
    expect(total('residents_served')).toBe(ref.reach.residentsServed);
    expect(total('community_charity_funds')).toBe(ref.station.communityCount);
    expect(
      s.contract.reach.every((f: { name: string; en: string }) => f.name && f.en && f.name !== f.en),
    ).toBe(true);
  });

  it('volunteer service hours, never reported, are null rather than 0', async () => {
    const data = await query<{ station: any }>(
      `{ station(code: "haizhu-chigang") { contract(year: 2023) { volunteers { serviceHours monthly { month } } } } }`,
    );
    expect(data.station.contract.volunteers).toEqual({ serviceHours: null, monthly: [] });
  });

  it('evaluation metadata as data: evaluator, supervising body, visit, panel, feedback; parties and grade bands', async () => {
    const data = await query<{ station: any; policy: any }>(`{
      policy { partyWeights { party weight } gradeBands { grade min } }
      station(code: "haizhu-chigang") { contract(year: 2023) { evaluations {
        stage total grade evaluator supervisingBody visitDate panelExperts panelStaff feedback } } } }`);
    const [final] = data.station.contract.evaluations;
    expect(final).toMatchObject({
      stage: 'FINAL',
      total: ref.evaluation.total,
      grade: 'GOOD',
      evaluator: ref.station.evaluator,
      supervisingBody: ref.station.supervisor,
      visitDate: ref.evaluation.date,
      panelExperts: 5,
      panelStaff: 1,
      feedback: '无异议',
    });
    const weights = Object.values(ref.evaluation.weights);
    expect(data.policy.partyWeights.map((p: { weight: number }) => p.weight)).toEqual(weights);
    expect(data.policy.gradeBands.map((b: { min: number }) => b.min)).toEqual(
      ref.evaluation.gradeBands.map((b) => b.min),
    );
  });

  it('findings carry party, dimension, kind and area; quoted ones are the report’s words', async () => {
    const data = await query<{ station: any }>(`{ station(code: "haizhu-chigang") { contract(year: 2023) {
      evaluations { findings { party dimension kind polarity area { code } text verbatim } } } } }`);
    const findings = data.station.contract.evaluations[0].findings;
    expect(new Set(findings.map((f: { dimension: string }) => f.dimension))).toEqual(
      new Set(ref.findings.dimensions),
    );
    const quoted = findings.filter((f: { verbatim: boolean }) => f.verbatim);
    expect(quoted.map((f: { text: string }) => f.text)).toEqual(
      expect.arrayContaining(['服务量指标基本全部完成', '加强智慧管理工作平台的使用']),
    );
    expect(findings.find((f: { text: string }) => f.text === '加强智慧管理工作平台的使用')).toMatchObject({
      party: 'DISTRICT_BUREAU',
      kind: 'RECOMMENDATION',
    });
    expect(findings.filter((f: { kind: string }) => f.kind === 'FOLLOW_UP')).toHaveLength(3);
    // The reference's concerns by area are kept with their areas.
    expect(
      findings.filter((f: { area: { code: string } | null }) => f.area).map((f: any) => f.area.code),
    ).toEqual(['B', 'C']);
  });
});
