import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysInclusive } from '../../server/domain/dates.ts';
import { chigangReference as ref } from '../../server/seed/reference.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const chigang = async <T>(fields: string) => {
  const { data, errors } = await server.query<{ station: { contract: T } }>(
    `{ station(code: "haizhu-chigang") { contract(year: 2023) { ${fields} } } }`,
  );
  expect(errors).toBeUndefined();
  return data!.station.contract;
};

describe('staffing of Chigang 2023 agrees with the attendance annex', () => {
  const annex = ref.staffing.monthlyFromAnnex2;
  const staffingFields = `staffing {
      certification { level count } events { date kind staff { name position certification area { code } transferredTo } }
      complianceIssues { month problem staff { derived } } exemptions { reason staff { name } } monthly { month inPost insured paid }
      staff { name position certification certificationText area { code } contractStart contractEnd derived derivation }
      stabilityRate continuouslyInPost certified experienced
      certifiedRatio experienceRatio attendanceRate contractedPositions headcount }`;

  it('in post, insured and paid month by month as the annex totals them', async () => {
    const { staffing } = await chigang<{ staffing: any }>(staffingFields);
    expect(staffing.monthly.map((m: { month: string }) => m.month)).toEqual(annex.months);
    expect(staffing.monthly.map((m: { inPost: number }) => m.inPost)).toEqual(annex.inPost);
    expect(staffing.monthly.map((m: { insured: number }) => m.insured)).toEqual(annex.insured);
    // Paid as the total row prints it (its third figure each month, to 2024-03): 21 of 22 in November.
    const printedPaid = [21, 20, 22, 21, 22, 21, 21, 21, 21, 21];
    expect(staffing.monthly.slice(0, 10).map((m: { paid: number }) => m.paid)).toEqual(printedPaid);
    const personMonths = annex.inPost.reduce((a, b) => a + b, 0);
    expect(personMonths).toBe(ref.staffing.actualPersonMonths);
    expect(staffing.attendanceRate).toBeCloseTo(personMonths / ref.staffing.expectedPersonMonths, 12);
  });

  it('stability, certified and experience ratios as printed, over the contracted positions', async () => {
    const { staffing } = await chigang<{ staffing: any }>(staffingFields);
    const printed = (text: string) => Number(text.replace('%', '')) / 100;
    expect(staffing.contractedPositions).toBe(ref.contract.contractedPositions);
    expect(staffing.continuouslyInPost).toBe(ref.staffing.continuouslyInPost);
    expect(staffing.stabilityRate).toBeCloseTo(printed(ref.staffing.statedRates.stability), 12);
    expect(staffing.certified).toBe(ref.staffing.certified.intermediate + ref.staffing.certified.assistant);
    expect(staffing.certifiedRatio).toBeCloseTo(printed(ref.staffing.statedRates.certified), 12);
    expect(staffing.experienced).toBe(ref.staffing.practiceTwoYearsOrMore);
    expect(staffing.experienceRatio).toBeCloseTo(
      printed(ref.staffing.statedRates.practiceTwoYearsOrMore),
      12,
    );
    expect(staffing.headcount).toBe(ref.staffing.averageHeadcount);
    expect(staffing.certification).toEqual([
      { level: 'INTERMEDIATE', count: ref.staffing.certified.intermediate },
      { level: 'ASSISTANT', count: ref.staffing.certified.assistant },
      { level: 'NONE', count: ref.staffing.certified.none },
    ]);
  });

  it('the annex remarks: one leaver on 2023-06-10, the retiree transferred on 2023-12-01, a joiner on 2023-11-07', async () => {
    const { staffing } = await chigang<{ staffing: any }>(staffingFields);
    const on = (date: string, kind: string) =>
      staffing.events.filter((e: { date: string; kind: string }) => e.date === date && e.kind === kind);
    const [leaver] = on('2023-06-10', 'LEFT');
    expect(leaver.staff).toMatchObject({ certification: 'NONE', area: { code: 'B' } });
    const [transfer] = on('2023-12-01', 'TRANSFERRED_OUT');
    expect(transfer.staff).toMatchObject({ certification: 'NONE', area: { code: 'A' } });
    const [joiner] = on('2023-11-07', 'JOINED');
    expect(joiner.staff).toMatchObject({ certification: 'NONE', area: { code: 'B' } });
    // The re-employed retiree and the transfer are one person: uninsured, an exemption, not an alarm.
    expect(staffing.exemptions).toEqual([
      { reason: 'retired_reemployed', staff: { name: transfer.staff.name } },
    ]);
    expect(transfer.staff.transferredTo).toBe('华洲街社工站');
    // Exactly the report's events: nothing drawn from the rows worked out from totals.
    expect(staffing.events.map((e: { date: string; kind: string }) => `${e.date} ${e.kind}`)).toEqual([
      '2023-06-10 LEFT',
      '2023-11-07 JOINED',
      '2023-12-01 TRANSFERRED_OUT',
    ]);
    // The months the totals print someone in post uninsured (July, September, November) or unpaid
    // (November): who, the annex does not say, so only derived rows carry them.
    expect(
      staffing.complianceIssues.map((c: { month: string; problem: string; staff: { derived: boolean } }) => [
        c.month,
        c.problem,
        c.staff.derived,
      ]),
    ).toEqual([
      ['2023-07', 'NOT_INSURED', true],
      ['2023-09', 'NOT_INSURED', true],
      ['2023-11', 'NOT_INSURED', true],
      ['2023-11', 'NOT_PAID', true],
    ]);
  });

  it('six non-certified staff listed as annex 2 lists them; everyone else marked derived', async () => {
    const { staffing } = await chigang<{ staffing: any }>(staffingFields);
    const uncertified = staffing.staff.filter((p: { derived: boolean }) => !p.derived);
    expect(uncertified.every((p: { certification: string }) => p.certification === 'NONE')).toBe(true);
    expect(uncertified.map((p: any) => `${p.contractStart}–${p.contractEnd}`)).toEqual([
      '2019-10-08–2026-05-30',
      '2023-11-07–2026-05-30',
      '2022-08-01–2026-05-30',
      '2023-03-06–2026-05-30',
      '2022-03-07–2023-06-30',
      '2022-04-01–2024-06-30',
    ]);
    expect(
      uncertified.every((p: { certificationText: string }) => p.certificationText.includes('获得相关证书')),
    ).toBe(true);
    // 第四片区社工 as printed: non-certified, and not put in an area the station has.
    expect(uncertified.find((p: { position: string }) => p.position === '第四片区社工')).toMatchObject({
      certification: 'NONE',
      area: null,
    });
    expect(uncertified.filter((p: { area: { code: string } | null }) => p.area?.code === 'C')).toEqual([]);
    const derived = staffing.staff.filter((p: { derived: boolean }) => p.derived);
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((p: { derivation: string }) => p.derivation.startsWith('推算'))).toBe(true);
    // "Six non-certified staff are listed, all with the position '第N片区社工'" (staffing.annex2Pattern).
    expect(uncertified).toHaveLength(6);
    expect(
      uncertified.every((p: { position: string }) => /^第[一二三四五六七八九]片区社工$/.test(p.position)),
    ).toBe(true);
    expect(staffing.staff.map((p: { position: string }) => p.position)).not.toContain('行政主管');
    expect(staffing.staff.map((p: { position: string }) => p.position)).not.toContain('社区协管员');
  });
});

describe('resources of Chigang 2023', () => {
  it('is known only as a year total: no source breakdown and no monthly curve of zeros', async () => {
    const c = await chigang<{ resources: any; granularity: string }>(
      `granularity resources { target actual status gap bySourceType { amount } monthly { month } records { date } }`,
    );
    expect(c.granularity).toBe('YEAR_TOTAL');
    expect(c.resources).toMatchObject({
      target: 500000,
      actual: 194580.11,
      status: 'CRITICAL',
      gap: 305419.89,
      bySourceType: [],
      monthly: [],
      records: [],
    });
  });
});

describe('resources of a contract with no targets yet', () => {
  it('is an empty NO_TARGET summary, not an error', async () => {
    const [{ id: districtId }] = (await server.sql<{ id: number }>(
      `select id from districts where code = 'haizhu'`,
    )) as [{ id: number }];
    await server.sql(
      `insert into stations (code, district_id, name_zh, name_en, street_zh, is_demo) values ('test-empty', ?, '空站', 'Empty', '空街', true)`,
      districtId,
    );
    const [{ id: stationId }] = (await server.sql<{ id: number }>(
      `select id from stations where code = 'test-empty'`,
    )) as [{ id: number }];
    await server.sql(
      `insert into contracts (station_id, service_year, start, "end", contracted_positions) values (?, 2024, '2024-06-01', '2025-05-31', 10)`,
      stationId,
    );
    const { data, errors } = await server.query<{ station: { contract: { resources: unknown } } }>(
      `{ station(code: "test-empty") { contract(year: 2024) { resources { target actual completionRate status band gap bySourceType { amount } monthly { month } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.station.contract.resources).toEqual({
      target: null,
      actual: 0,
      completionRate: null,
      status: 'NO_TARGET',
      band: 'NO_TARGET',
      gap: null,
      bySourceType: [],
      monthly: [],
    });
  });
});

describe('volunteers of Chigang 2023', () => {
  it('150 / 30 / 2 against target, with the volunteer system check (230 / 31) and the two new teams', async () => {
    const c = await chigang<{ volunteers: any }>(`volunteers {
      newVolunteers { target actual completionRate } backbone { target actual } teamsFounded { target actual }
      teams { name registeredWithStreet } systemCounts { newVolunteers backbone activeTeams }
    }`);
    expect(c.volunteers.newVolunteers).toEqual({ target: 150, actual: 150, completionRate: 1 });
    expect(c.volunteers.backbone).toEqual({ target: 30, actual: 30 });
    expect(c.volunteers.teamsFounded).toEqual({ target: 2, actual: 2 });
    expect(c.volunteers.systemCounts).toEqual({ newVolunteers: 230, backbone: 31, activeTeams: 10 });
    expect(c.volunteers.teams.map((t: { name: string }) => t.name)).toEqual(
      ref.volunteersFromSystemCheck.newTeams,
    );
  });
});

describe('evaluation of Chigang 2023', () => {
  it('the final 83.49 (良好) without part scores, satisfaction 87.2% of 100, findings tagged by area and dimension', async () => {
    const c = await chigang<{ evaluations: any[] }>(
      `evaluations { stage total grade parts { party } satisfactionRate satisfactionSample findings { dimension polarity area { code } text(lang: "en") } }`,
    );
    const [final] = c.evaluations;
    expect(final).toMatchObject({
      stage: 'FINAL',
      total: 83.49,
      grade: 'GOOD',
      parts: [],
      satisfactionRate: 0.872,
      satisfactionSample: 100,
    });
    expect(final.findings.find((f: any) => f.area?.code === 'B')).toMatchObject({
      dimension: 'service_quality',
    });
    // Resources linked, the one target missed, is among the outcomes' concerns in the report's words.
    expect(
      final.findings.some(
        (f: any) => f.dimension === 'service_outcomes' && f.polarity === 'CONCERN' && /资源/.test(f.text),
      ),
    ).toBe(true);
  });

  it('a demo evaluation total is Σ part score × weight', async () => {
    const { data } = await server.query<{
      station: {
        contract: {
          evaluations: Array<{
            total: number;
            grade: string;
            parts: Array<{ weight: number; score: number }>;
          }>;
        };
      };
    }>(
      `{ station(code: "haizhu-xingang") { contract(year: 2023) { evaluations { total grade parts { party weight score } } } } }`,
    );
    for (const e of data!.station.contract.evaluations) {
      expect(e.parts.map((p) => p.weight).sort()).toEqual([0.1, 0.15, 0.2, 0.55]);
      expect(e.total).toBeCloseTo(
        e.parts.reduce((s, p) => s + p.weight * p.score, 0),
        2,
      );
    }
  });
});

describe('quarterly progress', () => {
  it('Chigang 2023 has year totals only: Q1–Q3 carry no items rather than zeros, Q4 carries every figure', async () => {
    const c = await chigang<{
      quarterlyProgress: Array<{ quarter: number; start: string; end: string; items: unknown[] }>;
    }>(`quarterlyProgress { quarter start end items { actual } }`);
    expect(c.quarterlyProgress.map((q) => [q.quarter, q.start, q.end, q.items.length > 0])).toEqual([
      [1, '2023-05-31', '2023-08-30', false],
      [2, '2023-08-31', '2023-11-29', false],
      [3, '2023-11-30', '2024-02-28', false],
      [4, '2024-02-29', '2024-05-30', true],
    ]);
  });

  it('a demo station in 2024: cumulative status at each quarter end equals the figures computed from its raw rows', async () => {
    const { data, errors } = await server.query<{
      station: {
        contract: {
          start: string;
          end: string;
          quarterlyProgress: Array<{ quarter: number; asOf: string; complete: boolean; items: any[] }>;
        };
      };
    }>(
      `{ station(code: "haizhu-fengyang") { contract(year: 2024) { start end quarterlyProgress { quarter asOf complete items { indicator { code } area { code } target actual completionRate expectedRate status } } } } }`,
    );
    expect(errors).toBeUndefined();
    const contract = data!.station.contract;
    // Pinned today 2025-02-20: Q1 and Q2 complete, Q3 running, Q4 not reached.
    expect(contract.quarterlyProgress.map((q) => [q.quarter, q.asOf, q.complete])).toEqual([
      [1, '2024-08-31', true],
      [2, '2024-11-30', true],
      [3, TEST_TODAY, false],
    ]);
    const [{ id: contractId }] = (await server.sql<{ id: number }>(
      `select c.id from contracts c join stations s on s.id = c.station_id where s.code = 'haizhu-fengyang' and c.service_year = 2024`,
    )) as [{ id: number }];
    for (const q of contract.quarterlyProgress) {
      const phone = q.items.find((i) => i.indicator.code === 'phone_visits' && i.area === null);
      const [{ target }] = (await server.sql<{ target: number }>(
        `select t.value as target from targets t join indicator_definitions d on d.id = t.indicator_id where t.contract_id = ? and d.code = 'phone_visits' and t.area_id is null`,
        contractId,
      )) as [{ target: number }];
      const [{ actual }] = (await server.sql<{ actual: number }>(
        `select sum(p.value) as actual from progress_entries p join indicator_definitions d on d.id = p.indicator_id where p.contract_id = ? and d.code = 'phone_visits' and p.period_end <= ?`,
        contractId,
        q.asOf,
      )) as [{ actual: number }];
      // Monthly figures cover whole months: the running quarter is measured to the last month ended.
      const through = q.complete ? q.asOf : '2025-01-31';
      const expected = daysInclusive(contract.start, through) / daysInclusive(contract.start, contract.end);
      const pace = actual / target / expected;
      const status =
        actual >= target ? 'MET' : pace >= 0.9 ? 'ON_TRACK' : pace >= 0.7 ? 'BEHIND' : 'CRITICAL';
      expect(phone).toMatchObject({ target, actual, status });
      expect(phone.expectedRate).toBeCloseTo(expected, 12);
      expect(phone.completionRate).toBeCloseTo(actual / target, 12);
    }
  });
});

describe('volunteer teams by year', () => {
  it('a year lists only the teams founded by its end; later teams appear in later years', async () => {
    const res = await server.query<{
      district: {
        stations: Array<{
          code: string;
          y2023: {
            end: string;
            volunteers: { teams: Array<{ name: string; foundedOn: string | null }> };
          } | null;
          y2024: { volunteers: { teams: Array<{ name: string }> } } | null;
        }>;
      };
    }>(`{ district(code: "haizhu") { stations { code
        y2023: contract(year: 2023) { end volunteers { teams { name foundedOn } } }
        y2024: contract(year: 2024) { volunteers { teams { name } } } } } }`);
    const stations = res.data?.district.stations ?? [];
    let later = 0;
    for (const s of stations) {
      if (!s.y2023) continue;
      for (const team of s.y2023.volunteers.teams)
        expect(team.foundedOn == null || team.foundedOn <= s.y2023.end, `${s.code} ${team.name}`).toBe(true);
      later += (s.y2024?.volunteers.teams.length ?? 0) - s.y2023.volunteers.teams.length;
    }
    expect(later).toBeGreaterThan(0);
  });
});
