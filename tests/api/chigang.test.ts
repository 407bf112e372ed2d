import { readFileSync } from 'node:fs';
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

  it('serves every finding of the report word for word: 51 items and 3 follow-up cases, none twice', async () => {
    const data = await query<{ station: any }>(`{ station(code: "haizhu-chigang") { contract(year: 2023) {
      evaluations { findings { ref party dimension kind polarity area { code } text textEn: text(lang: "en")
        verbatim translated section sectionTitle number line case partOf } } } } }`);
    type F = {
      ref: string;
      party: string;
      kind: string;
      polarity: string;
      area: { code: string } | null;
      text: string;
      textEn: string;
      verbatim: boolean;
      translated: boolean;
      section: string;
      line: number;
      partOf: string | null;
    };
    const findings: F[] = data.station.contract.evaluations[0].findings;
    const items = findings.filter((f) => f.kind !== 'FOLLOW_UP');
    expect(items).toHaveLength(51);
    const count = (p: string) => items.filter((f) => f.polarity === p).length;
    expect([count('STRENGTH'), count('CONCERN'), count('RECOMMENDATION')]).toEqual([26, 23, 2]);
    // The purchaser's three strengths; the bureau's one strength and one concern.
    expect(items.filter((f) => f.party === 'STREET_OFFICE').map((f) => f.polarity)).toEqual([
      'STRENGTH',
      'STRENGTH',
      'STRENGTH',
    ]);
    expect(items.filter((f) => f.party === 'DISTRICT_BUREAU').map((f) => f.polarity)).toEqual([
      'STRENGTH',
      'CONCERN',
    ]);
    // Every quoted text is in the source, lines joined as the PDF split them; none twice.
    const flat = (text: string) => text.replace(/\s+/g, '');
    const source = flat(readFileSync(new URL('../fixtures/chigang/source.txt', import.meta.url), 'utf8'));
    expect(findings.every((f) => f.verbatim)).toBe(true);
    expect(findings.filter((f) => !source.includes(flat(f.text))).map((f) => f.ref)).toEqual([]);
    expect(new Set(items.map((f) => f.text)).size).toBe(items.length);
    expect(new Set(findings.map((f) => f.ref)).size).toBe(findings.length);
    // The words that were ours, not the report's, are gone.
    expect(findings.map((f) => f.text)).not.toContain('服务量指标基本全部完成');
    // A follow-up case is a clause of its concern, not another concern.
    for (const f of findings.filter((x) => x.kind === 'FOLLOW_UP')) {
      const parent = findings.find((x) => x.ref === f.partOf);
      expect(parent?.polarity, f.ref).toBe('CONCERN');
      expect(flat(parent!.text)).toContain(flat(f.text));
    }
    expect(findings.filter((f) => f.kind === 'FOLLOW_UP')).toHaveLength(3);
    // Untranslated: the English asks for the Chinese, and says so.
    expect(findings.every((f) => !f.translated && f.textEn === f.text)).toBe(true);
    // Areas only where the report's sub-headings name them (二（四）: A, B and C 片区).
    const withArea = findings.filter((f) => f.area);
    expect(new Set(withArea.map((f) => f.area!.code))).toEqual(new Set(['A', 'B', 'C']));
    expect(withArea.every((f) => f.section.startsWith('二（四）'))).toBe(true);
  });

  it('filters findings by party, polarity, kind and section', async () => {
    const data = await query<{ station: any }>(`{ station(code: "haizhu-chigang") { contract(year: 2023) {
      evaluations {
        all: findings { ref }
        purchaser: findings(party: STREET_OFFICE) { ref party }
        quality: findings(section: "二（四）", polarity: CONCERN) { ref section polarity }
        closing: findings(kind: RECOMMENDATION) { ref section }
        none: findings(dimension: "no_such_dimension") { ref }
      } } } }`);
    const e = data.station.contract.evaluations[0];
    expect(e.purchaser).toHaveLength(3);
    expect(e.quality.length).toBeGreaterThan(0);
    expect(e.quality.every((f: any) => f.section.startsWith('二（四）2') && f.polarity === 'CONCERN')).toBe(
      true,
    );
    expect(e.closing.map((f: any) => f.section)).toEqual(['五1', '五2']);
    expect(e.none).toEqual([]);
    expect(e.all.length).toBe(54);
  });
});
