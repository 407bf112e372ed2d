/**
 * Monthly reporting by a station through the real server: each kind of record goes in, shows in
 * the figures, and is audited; wrong input is refused with a coded BAD_USER_INPUT error naming
 * the field, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDatabase } from '../../server/seed/index.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let server: TestServer;

/** The server's today: three months after the demo's data end (TEST_TODAY), as a station catching up. */
const TODAY = '2025-04-20';

beforeAll(async () => {
  server = await startTestServer({ today: TODAY, seed: (h) => seedDemoDatabase(h.db, { asOf: TEST_TODAY }) });
  await server.addUser({ username: 'station-xingang', role: 'STATION', stations: ['haizhu-xingang'] });
});
afterAll(() => server.close());

const PROGRESS = `mutation($i: ProgressInput!) { recordProgress(input: $i) { entity id replaced } }`;
const TARGET = `mutation($i: TargetInput!) { setTarget(input: $i) { entity id replaced } }`;
const RESOURCE = `mutation($i: ResourceLinkInput!) { addResourceLink(input: $i) { entity id replaced } }`;
const VOLUNTEERS = `mutation($i: VolunteerMonthInput!) { recordVolunteers(input: $i) { entity id replaced } }`;
const ATTENDANCE = `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { entity id replaced } }`;

const xingang = { stationCode: 'haizhu-xingang', year: 2024 };

async function counts() {
  const n = async (table: string) =>
    (await server.sql<{ n: number }>(`select count(*) as n from ${table}`))[0]!.n;
  return Promise.all(
    [
      'progress_entries',
      'targets',
      'resource_links',
      'volunteer_records',
      'attendance',
      'replaced_values',
    ].map(n),
  );
}

async function as(user: string, query: string, input: Record<string, unknown>) {
  return server.queryAs<Record<string, { entity: string; id: number; replaced: boolean }>>(user, query, {
    i: input,
  });
}

async function phoneVisitsOfA(asOf: string) {
  const res = await server.queryAs<{
    station: { contract: { indicatorStatuses: Array<{ indicator: { code: string }; actual: number }> } };
  }>(
    'station-xingang',
    `query($d: Date!) { station(code: "haizhu-xingang") { contract(year: 2024) {
       indicatorStatuses(asOf: $d, areaCode: "A") { indicator { code } actual } } } }`,
    { d: asOf },
  );
  return res.data?.station.contract.indicatorStatuses.find((s) => s.indicator.code === 'phone_visits')
    ?.actual;
}

describe('recording a month', () => {
  it('a station records a month, sees it counted, and the audit trail has before and after', async () => {
    const before = await phoneVisitsOfA('2025-03-31');
    const res = await as('station-xingang', PROGRESS, {
      ...xingang,
      indicatorCode: 'phone_visits',
      areaCode: 'A',
      month: '2025-03',
      value: 41,
    });
    expect(res.data?.recordProgress).toMatchObject({ entity: 'progress_entry', replaced: false });
    expect(await phoneVisitsOfA('2025-03-31')).toBe((before ?? 0) + 41);
    const audit = await server.query<{
      auditLog: Array<{ action: string; username: string; after: string }>;
    }>('{ auditLog(action: "progress.record") { action username after } }');
    expect(audit.data?.auditLog[0]).toMatchObject({ action: 'progress.record', username: 'station-xingang' });
    expect(JSON.parse(audit.data?.auditLog[0]?.after ?? '{}')).toMatchObject({ value: 41, source: 'manual' });
  });

  it('the same month again is a duplicate unless replaced; the old figure is kept', async () => {
    const input = { ...xingang, indicatorCode: 'phone_visits', areaCode: 'A', month: '2025-03', value: 45 };
    const dup = await as('station-xingang', PROGRESS, input);
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/duplicate',
      classification: 'BAD_USER_INPUT',
      field: 'input.month',
    });
    const replaced = await as('station-xingang', PROGRESS, { ...input, replace: true });
    expect(replaced.data?.recordProgress?.replaced).toBe(true);
    const [kept] = await server.sql<{ before: string }>(
      `select cast(before as text) as before from replaced_values where entity = 'progress_entry' order by id desc limit 1`,
    );
    expect(JSON.parse(kept!.before)).toMatchObject({ value: 41 });
  });

  it('a month of a station known only by year totals would be counted twice: refused', async () => {
    const res = await as('station-chigang', PROGRESS, {
      stationCode: 'haizhu-chigang',
      year: 2023,
      indicatorCode: 'phone_visits',
      month: '2023-09',
      value: 10,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('entry/overlapping_period');
  });

  it.each([
    ['a negative figure', { value: -3 }, 'entry/negative', 'input.value'],
    ['a month outside the contract', { month: '2030-01' }, 'entry/period_outside_contract', 'input.month'],
    ['a month that is not one', { month: '2025-13' }, 'entry/bad_month', 'input.month'],
    ['an unknown indicator', { indicatorCode: 'zzz' }, 'entry/unknown_indicator', 'input.indicatorCode'],
    ['an unknown area', { areaCode: 'Z' }, 'entry/unknown_area', 'input.areaCode'],
    ['a year without a contract', { year: 2019 }, 'entry/no_contract', 'input.year'],
  ])('%s is refused, naming the field, in both languages', async (_name, change, code, field) => {
    const start = await counts();
    const res = await as('station-xingang', PROGRESS, {
      ...xingang,
      indicatorCode: 'home_visits',
      areaCode: 'A',
      month: '2025-04',
      value: 5,
      ...change,
    });
    const ext = res.errors?.[0]?.extensions;
    expect(ext).toMatchObject({ code, field, classification: 'BAD_USER_INPUT' });
    expect(ext?.messageZh).toBeTruthy();
    expect(ext?.messageEn).toBeTruthy();
    expect(ext?.messageZh).not.toBe(ext?.messageEn);
    expect(await counts()).toEqual(start);
  });

  it('a value that is not a number is refused before anything runs', async () => {
    const res = await as('station-xingang', PROGRESS, {
      ...xingang,
      indicatorCode: 'home_visits',
      month: '2025-04',
      value: 'many',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'input/bad_variable',
      classification: 'BAD_USER_INPUT',
    });
  });

  it('a purchaser may not write, and a station not into another station', async () => {
    const input = { ...xingang, indicatorCode: 'home_visits', month: '2025-04', value: 5 };
    expect((await as('purchaser-chigang', PROGRESS, input)).errors?.[0]?.extensions?.code).toBe(
      'import/unknown_station',
    );
    expect((await as('station-chigang', PROGRESS, input)).errors?.[0]?.extensions?.code).toBe(
      'import/unknown_station',
    );
    const own = { ...input, stationCode: 'haizhu-chigang', year: 2023 };
    expect((await as('purchaser-chigang', PROGRESS, own)).errors?.[0]?.extensions?.code).toBe(
      'auth/forbidden',
    );
  });
});

describe('targets, resources, volunteers and attendance', () => {
  it('a target is set and replaced, the old one kept', async () => {
    const first = await as('bureau', TARGET, { ...xingang, indicatorCode: 'community_surveys', value: 24 });
    expect(first.errors).toBeUndefined();
    const again = await as('bureau', TARGET, { ...xingang, indicatorCode: 'community_surveys', value: 26 });
    expect(again.data?.setTarget?.replaced).toBe(true);
  });

  it('a resource link is added once; the same record twice is a duplicate; a date outside the contract is refused', async () => {
    const link = {
      ...xingang,
      date: '2025-03-12',
      areaCode: 'B',
      sourceType: 'ENTERPRISE',
      kind: 'IN_KIND',
      valueYuan: 1234.5,
      description: '爱心企业捐赠大米',
    };
    expect((await as('station-xingang', RESOURCE, link)).data?.addResourceLink?.entity).toBe('resource_link');
    expect((await as('station-xingang', RESOURCE, link)).errors?.[0]?.extensions?.code).toBe(
      'entry/duplicate_record',
    );
    const free = await as('station-xingang', RESOURCE, { ...link, date: '2025-03-13', valueYuan: 0 });
    expect(free.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/not_positive',
      field: 'input.valueYuan',
    });
    const late = await as('station-xingang', RESOURCE, { ...link, date: '2026-01-01' });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/period_outside_contract',
      field: 'input.date',
    });
    const res = await server.queryAs<{
      station: { contract: { resources: { records: Array<{ date: string; valueYuan: number }> } } };
    }>(
      'station-xingang',
      '{ station(code: "haizhu-xingang") { contract(year: 2024) { resources(asOf: "2025-05-31") { records { date valueYuan } } } } }',
    );
    expect(res.data?.station.contract.resources.records).toContainEqual({
      date: '2025-03-12',
      valueYuan: 1234.5,
    });
  });

  it('a volunteer month: whole counts only, duplicates refused unless replaced', async () => {
    const month = { ...xingang, month: '2025-04', newVolunteers: 6, backbone: 1, serviceHours: 30.5 };
    const first = await as('station-xingang', VOLUNTEERS, month);
    expect(first.errors).toBeUndefined();
    expect((await as('station-xingang', VOLUNTEERS, month)).errors?.[0]?.extensions?.code).toBe(
      'entry/duplicate',
    );
    expect(
      (await as('station-xingang', VOLUNTEERS, { ...month, replace: true })).data?.recordVolunteers?.replaced,
    ).toBe(true);
    const fractional = await as('station-xingang', VOLUNTEERS, {
      ...month,
      newVolunteers: 1.5,
      replace: true,
    });
    expect(fractional.errors?.[0]?.extensions?.code).toBe('input/bad_variable');
    const negative = await as('station-xingang', VOLUNTEERS, { ...month, backbone: -1, replace: true });
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/negative',
      field: 'input.backbone',
    });
  });

  it('attendance by a roster name; an unknown name is refused', async () => {
    const [{ name }] = (await server.sql<{ name: string }>(
      `select name from staff where station_id = (select id from stations where code = 'haizhu-xingang') order by id limit 1`,
    )) as [{ name: string }];
    const month = { ...xingang, month: '2025-04', staffName: name, inPost: true, insured: true, paid: true };
    const res = await as('station-xingang', ATTENDANCE, month);
    expect(res.errors).toBeUndefined();
    const unknown = await as('station-xingang', ATTENDANCE, { ...month, staffName: '无此人' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/unknown_staff',
      field: 'input.staffName',
    });
  });
});

describe('a form sent half filled', () => {
  it.each([
    ['left out', { indicatorCode: 'home_visits', month: '2025-04' }],
    ['sent as null', { indicatorCode: 'home_visits', month: '2025-04', value: null }],
  ])('a figure %s is input/required naming input.value', async (_name, fields) => {
    const res = await as('station-xingang', PROGRESS, { ...xingang, ...fields });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'input/required',
      field: 'i.value',
      classification: 'BAD_USER_INPUT',
    });
  });
});

describe('a new station', () => {
  const ADD = `mutation($i: StationInput!) { addStation(input: $i) { code nameZh district { code } } }`;
  const IMPORT = `mutation($i: ImportTableInput!) { importTable(input: $i) { ok applied newAreas summary { contractCreated areasCreated } } }`;
  const station = {
    districtCode: 'haizhu',
    code: 'haizhu-test-new',
    nameZh: '海珠区测试街社工服务站',
    nameEn: 'Test Street Social Work Station',
    streetZh: '测试街',
  };

  it('is added by the bureau only, with a valid and unused code', async () => {
    expect((await server.queryAs('station-chigang', ADD, { i: station })).errors?.[0]?.extensions?.code).toBe(
      'auth/forbidden',
    );
    const bad = await server.queryAs('bureau', ADD, { i: { ...station, code: 'Bad Code!' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'entry/bad_code', field: 'input.code' });
    const blank = await server.queryAs('bureau', ADD, { i: { ...station, nameZh: ' ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'entry/required', field: 'input.nameZh' });
    const added = await server.queryAs<{ addStation: { code: string; district: { code: string } } }>(
      'bureau',
      ADD,
      {
        i: station,
      },
    );
    expect(added.data?.addStation).toMatchObject({ code: 'haizhu-test-new', district: { code: 'haizhu' } });
    const again = await server.queryAs('bureau', ADD, { i: station });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/station_exists',
      field: 'input.code',
    });
  });

  it('gets its areas and contract from its first file', async () => {
    const { messyTableGrid, xlsxOf } = await import('../helpers/files.ts');
    const { rows, merges } = messyTableGrid('2023-2024年度 指标完成情况统计表');
    const res = await server.queryAs<{
      importTable: {
        ok: boolean;
        applied: boolean;
        newAreas: string[];
        summary: { contractCreated: boolean };
      };
    }>('bureau', IMPORT, {
      i: {
        stationCode: 'haizhu-test-new',
        year: 2023,
        fileName: '附件1.xlsx',
        contentBase64: (await xlsxOf(rows, merges)).toString('base64'),
        dryRun: false,
        createContract: true,
      },
    });
    expect(res.data?.importTable).toMatchObject({
      ok: true,
      applied: true,
      newAreas: ['A', 'B', 'C'],
      summary: { contractCreated: true },
    });
    const areas = await server.query<{
      station: { areas: Array<{ code: string; label: string; printedLabel: string }> };
    }>('{ station(code: "haizhu-test-new") { areas { code label printedLabel } } }');
    expect(areas.data?.station.areas[0]).toEqual({
      code: 'A',
      label: '片区1',
      printedLabel: '片区1 (下渡、江景等社区)',
    });
  });
});

describe('the months a station may enter', () => {
  it('offers and accepts only the months begun by today, and refuses a later one naming it', async () => {
    const options = await server.queryAs<{
      station: { contract: { entryMonths: string[]; entryUntil: string } };
    }>(
      'station-xingang',
      `{ station(code: "haizhu-xingang") { contract(year: 2024) { start end entryMonths entryUntil } } }`,
    );
    const months = options.data!.station.contract.entryMonths;
    expect(months.at(-1)).toBe('2025-04');
    expect(options.data!.station.contract.entryUntil).toBe(TODAY);
    const before = await counts();
    const future = await as('station-xingang', PROGRESS, {
      ...xingang,
      indicatorCode: 'phone_visits',
      areaCode: 'A',
      month: '2025-05',
      value: 3,
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/future_period',
      field: 'input.month',
      value: '2025-05',
      classification: 'BAD_USER_INPUT',
    });
    expect(future.errors?.[0]?.extensions?.messageZh).toContain('2025-05');
    const laterDate = await as('station-xingang', RESOURCE, {
      ...xingang,
      date: '2025-04-21',
      sourceType: 'ENTERPRISE',
      kind: 'CASH',
      valueYuan: 100,
    });
    expect(laterDate.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/future_period',
      field: 'input.date',
    });
    expect(await counts()).toEqual(before);
  });

  it('offers Chigang no month before its first full month (the contract starts on 2023-05-31)', async () => {
    const bureau = await server.query<{ station: { contract: { start: string; entryMonths: string[] } } }>(
      `{ station(code: "haizhu-chigang") { contract(year: 2023) { start entryMonths } } }`,
    );
    const { start, entryMonths } = bureau.data!.station.contract;
    expect(start).toBe('2023-05-31');
    expect(entryMonths[0]).toBe('2023-06');
    expect(entryMonths).toHaveLength(12);
    const may = await server.query(PROGRESS, {
      i: {
        stationCode: 'haizhu-chigang',
        year: 2023,
        indicatorCode: 'phone_visits',
        month: '2023-05',
        value: 1,
      },
    });
    expect(may.errors?.[0]?.extensions).toMatchObject({
      code: 'entry/period_outside_contract',
      value: '2023-05',
    });
  });
});
