/**
 * The monthly reporting cycle through the real server: a station fills a month's grid in one
 * request and submits it, the supervisor returns it with a comment on a cell, the station corrects
 * and submits again, the supervisor approves, the bureau locks and unlocks (with a reason). Every
 * step is audited; a submitted month takes no figures; what a month lacks is named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../server/auth/viewer.ts';
import { contracts } from '../../server/db/schema.ts';
import { createReader } from '../../server/read/reader.ts';
import { staffingRates } from '../../server/read/staffing.ts';
import { seedDemoDatabase } from '../../server/seed/index.ts';
import { fullScope } from '../../server/services/scope.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let server: TestServer;

/** The server's today: after the demo's data end (TEST_TODAY), so that 2025-02 and 2025-03 are empty months to report. */
const TODAY = '2025-04-20';

beforeAll(async () => {
  server = await startTestServer({ today: TODAY, seed: (h) => seedDemoDatabase(h.db, { asOf: TEST_TODAY }) });
  await server.addUser({ username: 'station-xingang', role: 'STATION', stations: ['haizhu-xingang'] });
});
afterAll(() => server.close());

type Period = {
  month: string;
  state: string;
  late: boolean;
  deadline: string;
  submittedBy: string | null;
  reviewedBy: string | null;
  comment: string | null;
  cellComments: Array<{ indicatorCode: string; areaCode: string | null; comment: string }>;
  lockedBy: string | null;
  unlockReason: string | null;
};
type Sheet = {
  writable: boolean;
  period: Period;
  cells: Array<{
    indicator: { code: string };
    area: { code: string } | null;
    value: number | null;
    none: boolean;
    previous: number | null;
    cumulative: number;
    target: number | null;
    comment: string | null;
  }>;
  attendance: Array<{ staffName: string; recorded: boolean; inPost: boolean | null }>;
  volunteers: { newVolunteers: number } | null;
  resources: Array<{ date: string; valueYuan: number }>;
  missing: string[];
  issues: string[];
};

const PERIOD = `month state late deadline submittedBy reviewedBy comment cellComments { indicatorCode areaCode comment } lockedBy unlockReason`;
const SHEET = `query($m: String!) { station(code: "haizhu-xingang") { contract(year: 2024) { monthSheet(month: $m) {
  writable period { ${PERIOD} }
  cells { indicator { code } area { code } value none previous cumulative target comment }
  attendance { staffName recorded inPost } volunteers { newVolunteers } resources { date valueYuan } missing issues } } } }`;
const SAVE = `mutation($i: MonthInput!) { saveMonth(input: $i) { created updated unchanged period { state } } }`;
const SUBMIT = `mutation($m: String!, $e: String) { submitPeriod(stationCode: "haizhu-xingang", month: $m, explanation: $e) { ${PERIOD} } }`;
const REVIEW = `mutation($m: String!, $d: ReviewDecision!, $c: String, $cc: [CellCommentInput!]) {
  reviewPeriod(stationCode: "haizhu-xingang", month: $m, decision: $d, comment: $c, cellComments: $cc) { ${PERIOD} } }`;
const LOCK = `mutation($s: String, $d: String, $f: String!, $t: String!) {
  lockPeriod(stationCode: $s, districtCode: $d, from: $f, to: $t) { changed unchanged periods { station { code } period { month state lockedBy } } } }`;
const UNLOCK = `mutation($s: String, $f: String!, $t: String!, $r: String!) {
  unlockPeriod(stationCode: $s, from: $f, to: $t, reason: $r) { changed unchanged periods { period { month state unlockReason } } } }`;
const PROGRESS = `mutation($i: ProgressInput!) { recordProgress(input: $i) { id } }`;

async function sheet(user: string, month: string): Promise<Sheet> {
  const res = await server.queryAs<{ station: { contract: { monthSheet: Sheet } } }>(user, SHEET, {
    m: month,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.station.contract.monthSheet;
}

const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  res.errors?.[0]?.extensions?.code;

async function count(table: string): Promise<number> {
  return Number((await server.sql<{ n: number }>(`select count(*) as n from ${table}`))[0]!.n);
}

describe('a month from grid to lock', () => {
  it('the demo shows every state: its last three reported months stand mid-cycle', async () => {
    const res = await server.query<{
      district: { stations: Array<{ code: string; contract: { reportingPeriods: Period[] } | null }> };
    }>(
      `{ district(code: "haizhu") { stations { code contract(year: 2024) { reportingPeriods { month state } } } } }`,
    );
    const demo = res.data!.district.stations.filter((s) => s.code !== 'haizhu-chigang');
    const states = new Set(demo.flatMap((s) => s.contract!.reportingPeriods.map((p) => p.state)));
    expect([...states].sort()).toEqual(['APPROVED', 'LOCKED', 'OPEN', 'RETURNED', 'SUBMITTED']);
    const xingang = demo.find((s) => s.code === 'haizhu-xingang')!.contract!.reportingPeriods;
    const stateOf = (m: string) => xingang.find((p) => p.month === m)?.state;
    expect([stateOf('2024-10'), stateOf('2024-11'), stateOf('2024-12'), stateOf('2025-01')]).toEqual([
      'OPEN',
      'LOCKED',
      'APPROVED',
      'SUBMITTED',
    ]);
    // The station whose December figures are missing never submitted December.
    const fengyang = demo.find((s) => s.code === 'haizhu-fengyang')!.contract!.reportingPeriods;
    expect(fengyang.find((p) => p.month === '2024-12')?.state).toBe('OPEN');
  });

  it('completeness counts the months due of each station: on time, late, missing, returned, awaiting review', async () => {
    type Row = {
      station: { code: string };
      due: number;
      onTime: number;
      late: number;
      missing: number;
      returned: number;
      awaitingReview: number;
      lateMonths: string[];
    };
    const res = await server.query<{
      completeness: { year: number; due: number; cycleFrom: string; stations: Row[] };
    }>(
      `{ completeness(districtCode: "haizhu", year: 2024) { year due cycleFrom
         stations { station { code } due onTime late missing returned awaitingReview lateMonths } } }`,
    );
    expect(res.errors).toBeUndefined();
    const of = (code: string) =>
      res.data!.completeness.stations.find((s) => s.station.code === `haizhu-${code}`);
    // The demo's cycle began in November (earlier months were reported before it). Today 2025-04-20:
    // November to March are due (March's deadline was 04-10). Xingang submitted November to January
    // on time (January waits for review), not February or March ...
    expect(res.data!.completeness.cycleFrom).toBe('2024-11');
    expect(of('xingang')).toMatchObject({
      due: 5,
      onTime: 3,
      late: 0,
      missing: 2,
      returned: 0,
      awaitingReview: 1,
    });
    // ... Sushe four days after each deadline ...
    expect(of('sushe')).toMatchObject({ onTime: 0, late: 3, lateMonths: ['2024-11', '2024-12', '2025-01'] });
    // ... and Binjiang's December was returned, its January never submitted.
    expect(of('binjiang')).toMatchObject({ onTime: 1, returned: 1, missing: 3 });
    // Chigang's 2023 contract is not in the list for 2024; the totals add up.
    expect(of('chigang')).toBeUndefined();
    const stations = res.data!.completeness.stations;
    expect(res.data!.completeness.due).toBe(stations.reduce((n, s) => n + s.due, 0));
    const denied = await server.queryAs(
      'purchaser-chigang',
      `{ completeness(districtCode: "other") { due } }`,
    );
    expect(denied.data).toEqual({ completeness: null });
  });

  it('a month being filled in does not move the staffing ratios until it is submitted (or locked)', async () => {
    const rates = async () => {
      const page = await server.query<{
        station: { contract: { staffing: { months: number; attendanceRate: number } } };
      }>(
        `{ station(code: "haizhu-xingang") { contract(year: 2024) { staffing(asOf: "2025-02-28") { months attendanceRate } } } }`,
      );
      const contract = (await server.handle.db.select().from(contracts)).find(
        (c) => c.id === xingangContract,
      )!;
      // The database's counts (what region figures use) against the page's records.
      const counted = await staffingRates(
        createReader(server.handle.db, system, TODAY, { scope: fullScope }),
        contract,
        '2025-02-28',
      );
      return { ...page.data!.station.contract.staffing, counted: counted.attendanceRate };
    };
    const xingangContract = Number(
      (
        await server.sql<{ id: number }>(
          `select k.id from contracts k join stations s on s.id = k.station_id where s.code = 'haizhu-xingang' and k.service_year = 2024`,
        )
      )[0]!.id,
    );
    const before = await rates();
    // June to October predate the cycle, November to January were submitted: eight months.
    expect(before.months).toBe(8);
    expect(before.counted).toBeCloseTo(before.attendanceRate, 12);
    const sheet = await server.query<{
      station: { contract: { monthSheet: { attendance: Array<{ staffName: string }> } } };
    }>(
      `{ station(code: "haizhu-xingang") { contract(year: 2024) { monthSheet(month: "2025-02") { attendance { staffName } } } } }`,
    );
    const one = sheet.data!.station.contract.monthSheet.attendance[0]!.staffName;
    const recorded = await server.queryAs('station-xingang', SAVE, {
      i: {
        stationCode: 'haizhu-xingang',
        month: '2025-02',
        attendance: [{ staffName: one, inPost: true, insured: true, paid: true }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(await rates()).toEqual(before);
    // Locked by the bureau (submitted or not), February counts.
    await server.query(LOCK, { s: 'haizhu-xingang', f: '2025-02', t: '2025-02' });
    const after = await rates();
    expect(after.months).toBe(9);
    expect(after.counted).toBeCloseTo(after.attendanceRate, 12);
    expect(after.attendanceRate).not.toBe(before.attendanceRate);
    await server.query(UNLOCK, { s: 'haizhu-xingang', f: '2025-02', t: '2025-02', r: '测试后复原' });
  });

  it('the grid of a reported month holds every cell with last month and the year so far', async () => {
    // October predates the demo's reporting cycle (its last three months have states): open.
    const oct = await sheet('station-xingang', '2024-10');
    expect(oct.period.state).toBe('OPEN');
    expect(oct.writable).toBe(true);
    expect(oct.cells.length).toBeGreaterThan(20);
    const phoneA = oct.cells.find((c) => c.indicator.code === 'phone_visits' && c.area?.code === 'A')!;
    const stored = await server.sql<{ value: number }>(
      `select p.value from progress_entries p join contracts k on k.id = p.contract_id join stations s on s.id = k.station_id
       join indicator_definitions i on i.id = p.indicator_id join service_areas a on a.id = p.area_id
       where s.code = 'haizhu-xingang' and k.service_year = 2024 and i.code = 'phone_visits' and a.code = 'A'
       order by p.period_start`,
    );
    // 2024-06 … 2024-10: the fifth month; the fourth is "last month".
    expect(phoneA.value).toBe(stored[4]!.value);
    expect(phoneA.previous).toBe(stored[3]!.value);
    expect(phoneA.cumulative).toBeCloseTo(
      stored.slice(0, 5).reduce((s, r) => s + r.value, 0),
      6,
    );
    expect(oct.missing).toEqual([]);
    const links = await server.sql<{ date: string }>(
      `select r.date from resource_links r join contracts k on k.id = r.contract_id join stations s on s.id = k.station_id
       where s.code = 'haizhu-xingang' and r.date like '2024-10-%'`,
    );
    expect(links.length).toBeGreaterThan(0);
    expect(oct.resources.map((r) => r.date).sort()).toEqual(links.map((l) => l.date).sort());
    expect(oct.attendance.every((a) => a.recorded)).toBe(true);
  });

  it('an empty month cannot be submitted: what it lacks is named, and nothing changes', async () => {
    const res = await server.queryAs('station-xingang', SUBMIT, { m: '2025-03' });
    expect(codeOf(res)).toBe('period/incomplete');
    const ext = res.errors![0]!.extensions!;
    const empty = await sheet('station-xingang', '2025-03');
    expect(Number(ext.count)).toBe(empty.missing.length);
    expect(empty.missing.length).toBe(empty.cells.length + empty.attendance.length);
    expect(String(ext.messageZh)).toContain('电访');
    expect(empty.period.state).toBe('OPEN');
  });

  it('the station fills the whole month in one request, submits it, and it is audited', async () => {
    const empty = await sheet('station-xingang', '2025-03');
    const before = await count('audit_log');
    const cells = empty.cells.map((c, i) => ({
      indicatorCode: c.indicator.code,
      areaCode: c.area?.code ?? null,
      // The first cell is marked 无; the others get a small figure.
      ...(i === 0 ? { none: true } : { value: 1 }),
    }));
    const attendance = empty.attendance.map((a) => ({
      staffName: a.staffName,
      inPost: true,
      insured: true,
      paid: true,
    }));
    const saved = await server.queryAs<{ saveMonth: { created: number; updated: number; period: Period } }>(
      'station-xingang',
      SAVE,
      {
        i: {
          stationCode: 'haizhu-xingang',
          month: '2025-03',
          cells,
          attendance,
          volunteers: { newVolunteers: 2, backbone: 1 },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveMonth).toMatchObject({
      created: cells.length + attendance.length + 1,
      updated: 0,
      period: { state: 'OPEN' },
    });
    // One request, one audit entry.
    expect(await count('audit_log')).toBe(before + 1);
    const filled = await sheet('station-xingang', '2025-03');
    expect(filled.missing).toEqual([]);
    expect(filled.cells[0]).toMatchObject({ value: 0, none: true });
    // The same grid again changes nothing.
    const again = await server.queryAs<{ saveMonth: { unchanged: number; created: number } }>(
      'station-xingang',
      SAVE,
      {
        i: { stationCode: 'haizhu-xingang', month: '2025-03', cells, attendance },
      },
    );
    expect(again.data!.saveMonth).toMatchObject({ created: 0, unchanged: cells.length + attendance.length });
    const submitted = await server.queryAs<{ submitPeriod: Period }>('station-xingang', SUBMIT, {
      m: '2025-03',
      e: '三月按实际填报',
    });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitPeriod).toMatchObject({ month: '2025-03', state: 'SUBMITTED', late: true });
    expect(submitted.data!.submitPeriod.submittedBy).toBeTruthy();
    const audit = await server.query<{ auditLog: Array<{ action: string; username: string }> }>(
      '{ auditLog(action: "period.submit") { action username } }',
    );
    expect(audit.data!.auditLog[0]).toMatchObject({ username: 'station-xingang' });
  });

  it('a submitted month takes no figures, on any path, until it is returned', async () => {
    const cells = [{ indicatorCode: 'phone_visits', areaCode: 'A', value: 5 }];
    const saved = await server.queryAs('station-xingang', SAVE, {
      i: { stationCode: 'haizhu-xingang', month: '2025-03', cells },
    });
    expect(codeOf(saved)).toBe('period/under_review');
    expect(saved.errors![0]!.extensions!.messageZh).toContain('2025-03');
    const single = await server.queryAs('station-xingang', PROGRESS, {
      i: {
        stationCode: 'haizhu-xingang',
        year: 2024,
        indicatorCode: 'phone_visits',
        areaCode: 'A',
        month: '2025-03',
        value: 5,
        replace: true,
      },
    });
    expect(codeOf(single)).toBe('period/under_review');
    expect((await sheet('station-xingang', '2025-03')).writable).toBe(false);
  });

  it('the supervisor returns it with a comment on a cell; the station corrects and submits again; approved', async () => {
    const bare = await server.queryAs('supervisor', REVIEW, { m: '2025-03', d: 'RETURN' });
    expect(codeOf(bare)).toBe('period/comment_required');
    const station = await server.queryAs('station-xingang', REVIEW, { m: '2025-03', d: 'APPROVE' });
    expect(codeOf(station)).toBe('auth/forbidden');
    const returned = await server.queryAs<{ reviewPeriod: Period }>('supervisor', REVIEW, {
      m: '2025-03',
      d: 'RETURN',
      cc: [{ indicatorCode: 'phone_visits', areaCode: 'A', comment: '电访应为 12 个，请核对台账' }],
    });
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.reviewPeriod).toMatchObject({ state: 'RETURNED', reviewedBy: '督导评估（示例）' });
    const seen = await sheet('station-xingang', '2025-03');
    expect(seen.writable).toBe(true);
    expect(seen.cells.find((c) => c.indicator.code === 'phone_visits' && c.area?.code === 'A')?.comment).toBe(
      '电访应为 12 个，请核对台账',
    );
    const fixed = await server.queryAs<{ saveMonth: { updated: number } }>('station-xingang', SAVE, {
      i: {
        stationCode: 'haizhu-xingang',
        month: '2025-03',
        cells: [{ indicatorCode: 'phone_visits', areaCode: 'A', value: 12 }],
      },
    });
    expect(fixed.data!.saveMonth.updated).toBe(1);
    const history = await server.sql<{ n: number }>(
      `select count(*) as n from replaced_values where entity = 'progress_entry'`,
    );
    expect(Number(history[0]!.n)).toBeGreaterThan(0);
    expect(
      (await server.queryAs('station-xingang', SUBMIT, { m: '2025-03', e: '已更正' })).errors,
    ).toBeUndefined();
    const approved = await server.queryAs<{ reviewPeriod: Period }>('supervisor', REVIEW, {
      m: '2025-03',
      d: 'APPROVE',
    });
    expect(approved.data!.reviewPeriod).toMatchObject({ state: 'APPROVED', cellComments: [] });
    const twice = await server.queryAs('supervisor', REVIEW, { m: '2025-03', d: 'APPROVE' });
    expect(codeOf(twice)).toBe('period/bad_transition');
  });

  it('the bureau locks a quarter of its district; unlocking needs a reason and restores the state', async () => {
    const supervisor = await server.queryAs('supervisor', LOCK, { d: 'haizhu', f: '2025-01', t: '2025-03' });
    expect(codeOf(supervisor)).toBe('entry/unknown_district');
    const res = await server.query<{
      lockPeriod: {
        changed: number;
        unchanged: number;
        periods: Array<{ station: { code: string }; period: Period }>;
      };
    }>(LOCK, { d: 'haizhu', f: '2025-01', t: '2025-03' });
    expect(res.errors).toBeUndefined();
    const stations = await server.sql<{ n: number }>(
      `select count(*) as n from contracts k join stations s on s.id = k.station_id join districts d on d.id = s.district_id
       where d.code = 'haizhu' and k.start <= '2025-01-01' and k."end" >= '2025-03-31'`,
    );
    expect(res.data!.lockPeriod.changed).toBe(Number(stations[0]!.n) * 3);
    expect(res.data!.lockPeriod.periods.every((p) => p.period.state === 'LOCKED' && p.period.lockedBy)).toBe(
      true,
    );
    const again = await server.query<{ lockPeriod: { changed: number; unchanged: number } }>(LOCK, {
      s: 'haizhu-xingang',
      f: '2025-03',
      t: '2025-04',
    });
    // March was locked already; April (begun, not locked) is locked now; nothing after today.
    expect(again.data!.lockPeriod).toEqual({ changed: 1, unchanged: 1, periods: expect.any(Array) });
    const locked = await server.queryAs('station-xingang', PROGRESS, {
      i: {
        stationCode: 'haizhu-xingang',
        year: 2024,
        indicatorCode: 'phone_visits',
        areaCode: 'A',
        month: '2025-02',
        value: 5,
      },
    });
    expect(codeOf(locked)).toBe('period/locked');
    expect(String(locked.errors![0]!.extensions!.messageZh)).toContain('2025-02');
    const noReason = await server.query(UNLOCK, { s: 'haizhu-xingang', f: '2025-03', t: '2025-03', r: ' ' });
    expect(codeOf(noReason)).toBe('period/reason_required');
    const unlocked = await server.query<{
      unlockPeriod: { changed: number; periods: Array<{ period: Period }> };
    }>(UNLOCK, { s: 'haizhu-xingang', f: '2025-03', t: '2025-03', r: '督导发现三月电访台账有误' });
    expect(unlocked.data!.unlockPeriod.changed).toBe(1);
    expect(unlocked.data!.unlockPeriod.periods[0]!.period).toMatchObject({
      state: 'APPROVED',
      unlockReason: '督导发现三月电访台账有误',
    });
    const periods = await server.queryAs<{ reportingPeriods: Period[] }>(
      'purchaser-chigang',
      `{ reportingPeriods(stationCode: "haizhu-chigang", year: 2023) { month state } }`,
    );
    expect(periods.data!.reportingPeriods.map((p) => p.month)[0]).toBe('2023-06');
    const audit = await server.query<{ auditLog: Array<{ after: string }> }>(
      '{ auditLog(action: "period.unlock") { after } }',
    );
    expect(JSON.parse(audit.data!.auditLog[0]!.after)).toMatchObject({
      unlockReason: '督导发现三月电访台账有误',
    });
  });

  it('what a careless or hostile client sends is refused, coded, at once, and writes nothing', async () => {
    const cell = (value: unknown, indicatorCode = 'phone_visits', areaCode: string | null = 'A') => ({
      indicatorCode,
      areaCode,
      value,
    });
    const save = (cells: unknown[]) =>
      server.queryAs('station-xingang', SAVE, {
        i: { stationCode: 'haizhu-xingang', month: '2024-10', cells },
      });
    const before = await count('progress_entries');
    expect((await save([cell(5), cell(6)])).errors?.[0]?.extensions).toMatchObject({
      code: 'entry/repeated_cell',
      field: 'input.cells.1.value',
    });
    expect((await save([cell(null, 'no_such')])).errors?.[0]?.extensions).toMatchObject({
      code: 'entry/not_in_grid',
      field: 'input.cells.0.indicatorCode',
    });
    expect((await save([cell(1e308)])).errors?.[0]?.extensions).toMatchObject({
      code: 'entry/too_large',
      field: 'input.cells.0.value',
    });
    expect((await save(Array.from({ length: 1001 }, () => cell(1)))).errors?.[0]?.extensions?.code).toBe(
      'entry/too_many',
    );
    expect(await count('progress_entries')).toBe(before);
    // A range that reaches past any plausible year is refused before anything runs.
    for (const [f, t] of [
      ['9999-12', '9999-12'],
      ['2026-12', '9999-12'],
      ['0000-01', '2024-01'],
    ])
      expect((await server.query(LOCK, { s: 'haizhu-xingang', f, t })).errors?.[0]?.extensions?.code).toBe(
        'period/bad_range',
      );
    const long = await server.queryAs('supervisor', REVIEW, {
      m: '2025-01',
      d: 'RETURN',
      c: '长'.repeat(2001),
    });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'entry/too_long', field: 'comment' });
    const unknownCell = await server.queryAs('supervisor', REVIEW, {
      m: '2025-01',
      d: 'RETURN',
      cc: [{ indicatorCode: 'no_such', areaCode: 'ZZ', comment: '<script>' }],
    });
    expect(unknownCell.errors?.[0]?.extensions?.code).toBe('entry/not_in_grid');
    // A month that cannot be submitted says so first, not what it lacks.
    const locked = await server.queryAs('station-xingang', SUBMIT, { m: '2024-11' });
    expect(locked.errors?.[0]?.extensions?.code).toBe('period/bad_transition');
  });

  it('months not begun or outside the contract are refused, and bad cells name themselves', async () => {
    const future = await server.queryAs('station-xingang', SAVE, {
      i: { stationCode: 'haizhu-xingang', month: '2025-05', cells: [] },
    });
    expect(codeOf(future)).toBe('entry/future_period');
    const negative = await server.queryAs('station-xingang', SAVE, {
      i: {
        stationCode: 'haizhu-xingang',
        month: '2024-10',
        cells: [
          { indicatorCode: 'phone_visits', areaCode: 'A', value: 3 },
          { indicatorCode: 'home_visits', areaCode: 'A', value: -2 },
        ],
      },
    });
    expect(codeOf(negative)).toBe('entry/negative');
    expect(negative.errors![0]!.extensions).toMatchObject({ field: 'input.cells.1.value', value: '-2' });
    const unknown = await server.queryAs('station-xingang', SAVE, {
      i: {
        stationCode: 'haizhu-xingang',
        month: '2024-10',
        cells: [{ indicatorCode: 'phone_visits', areaCode: 'Z', value: 3 }],
      },
    });
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'entry/not_in_grid',
      field: 'input.cells.0.indicatorCode',
      value: 'phone_visits · Z',
    });
    const purchaser = await server.queryAs('purchaser-chigang', SUBMIT, { m: '2024-10' });
    expect(codeOf(purchaser)).toBe('import/unknown_station');
  });
});
