/**
 * Year totals in a running year (issue 21, item 7): a station's official table of year totals,
 * imported into a contract still running, is shown at its figures and marked PENDING (年度汇总，
 * 年末判定) everywhere — statuses, weak list, district and region lists, report, export — never as
 * 0 or critical; once the contract has ended it is judged as any other. Chigang 2023, a finished
 * contract known by year totals, is judged as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
const CODE = 'haizhu-niandu';

const IMPORT = `mutation($input: ImportTableInput!) {
  importTable(input: $input) { ok applied errorCount problems(limit: 50) { code severity messageZh } }
}`;

/** The official table as a station keeps it: two areas and the 合计, year totals of 2024–2025. */
const officialTable = [
  '年度汇总街社工站 2024-2025 年度指标完成情况统计表',
  '数据统计时间：2024年6月1日至2025年5月31日',
  '服务片区,投入社工人数,电访,,,入户探访,,',
  ',,协议量,完成量,百分比,协议量,完成量,百分比',
  '片区1（甲社区）,5,2000,600,30.00%,500,450,90.00%',
  '片区2（乙社区）,5,1000,300,30.00%,500,200,40.00%',
  '合计,10,3000,900,30.00%,1000,650,65.00%',
].join('\r\n');

/** Resources linked, as the long template's year total of the station. */
const resourcesTable = [
  '片区,指标代码,期间,目标,完成,完成率',
  '合计,resources_linked,全年,500000,150000,30.00%',
].join('\r\n');

async function importFile(fileName: string, text: string, createContract: boolean) {
  const input = {
    ...{ stationCode: CODE, year: 2024, fileName, dryRun: false, createContract },
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
  const { data, errors } = await server.query<{
    importTable: { ok: boolean; applied: boolean; errorCount: number; problems: unknown[] };
  }>(IMPORT, { input });
  expect(errors).toBeUndefined();
  expect(data!.importTable, JSON.stringify(data!.importTable.problems)).toMatchObject({
    ok: true,
    applied: true,
  });
}

interface Status {
  indicator: { code: string };
  area: { code: string } | null;
  target: number | null;
  actual: number;
  completionRate: number | null;
  expectedRate: number | null;
  paceRatio: number | null;
  projectedRate: number | null;
  status: string;
  weak: boolean;
  complete: boolean;
  statedRateText: string | null;
  explanation: string;
}

const CONTRACT = `query($code: String!, $asOf: Date) {
  station(code: $code) {
    contract(year: 2024) {
      overallCompletion(asOf: $asOf)
      overallStatus(asOf: $asOf)
      resources(asOf: $asOf) { actual completionRate expectedRate status band }
      indicatorStatuses(asOf: $asOf) {
        indicator { code } area { code } target actual completionRate expectedRate paceRatio projectedRate
        status weak complete statedRateText explanation
      }
    }
  }
  weakIndicators(districtCode: "haizhu", stationCode: $code, asOf: $asOf) { indicator { code } area { code } status }
  weakIndicatorCount(districtCode: "haizhu", stationCode: $code, asOf: $asOf)
}`;

interface ContractAnswer {
  station: {
    contract: {
      overallCompletion: number | null;
      overallStatus: string;
      resources: {
        actual: number;
        completionRate: number | null;
        expectedRate: number | null;
        status: string;
        band: string;
      };
      indicatorStatuses: Status[];
    };
  };
  weakIndicators: Array<{ indicator: { code: string }; area: { code: string } | null; status: string }>;
  weakIndicatorCount: number;
}

async function contractOn(asOf: string | null, code = CODE) {
  const { data, errors } = await server.query<ContractAnswer>(CONTRACT, { code, asOf });
  expect(errors).toBeUndefined();
  return data!;
}

const REGION = `query($asOf: Date) {
  region(code: "guangzhou") {
    overview(year: 2024, asOf: $asOf) {
      statuses { status count }
      parts { code weakStations status }
      stationPage(limit: 500, sort: NAME) {
        items { station { code } overallCompletion paceRatio status indicators weakIndicators pendingIndicators }
      }
    }
  }
}`;

interface RegionAnswer {
  region: {
    overview: {
      statuses: Array<{ status: string; count: number }>;
      parts: Array<{ code: string; weakStations: number; status: string }>;
      stationPage: {
        items: Array<{
          station: { code: string };
          overallCompletion: number | null;
          paceRatio: number | null;
          status: string;
          indicators: number;
          weakIndicators: number;
          pendingIndicators: number;
        }>;
      };
    };
  };
}

async function regionOn(asOf: string | null) {
  const { data, errors } = await server.queryAs<RegionAnswer>('city', REGION, { asOf });
  expect(errors).toBeUndefined();
  return data!.region.overview;
}

const count = (statuses: Array<{ status: string; count: number }>, status: string) =>
  statuses.find((s) => s.status === status)?.count ?? 0;

let before: RegionAnswer['region']['overview'];

beforeAll(async () => {
  // Pinned today 2025-02-20: the 2024 service year (2024-06-01 – 2025-05-31) is in its ninth month.
  server = await startTestServer();
  before = await regionOn(null);
  const added = await server.query(`mutation($i: StationInput!) { addStation(input: $i) { code } }`, {
    i: {
      districtCode: 'haizhu',
      code: CODE,
      nameZh: '年度汇总街社工站',
      nameEn: 'Niandu',
      streetZh: '年度汇总街',
    },
  });
  expect(added.errors).toBeUndefined();
  await importFile('附件1.csv', officialTable, true);
  await importFile('资源.csv', resourcesTable, false);
});
afterAll(() => server.close());

describe('year totals of a contract still running', () => {
  it('are shown at their value and completion, PENDING, with no pace, never weak', async () => {
    const { station } = await contractOn(null);
    const statuses = station.contract.indicatorStatuses;
    const phone = statuses.find((s) => s.indicator.code === 'phone_visits' && s.area === null);
    // 30% at two thirds of the year would be CRITICAL on the pace; a year total is judged at its end.
    expect(phone).toMatchObject({
      ...{ target: 3000, actual: 900, completionRate: 0.3, statedRateText: '30.00%' },
      ...{ expectedRate: null, paceRatio: null, projectedRate: null },
      ...{ status: 'PENDING', weak: false, complete: false },
    });
    expect(phone!.explanation).toBe('电访为年度汇总 900 / 3,000 个（30.00%），年末判定');
    const area2 = statuses.find((s) => s.indicator.code === 'home_visits' && s.area?.code === 'B');
    expect(area2).toMatchObject({ target: 500, actual: 200, completionRate: 0.4, status: 'PENDING' });
    expect(statuses.length).toBeGreaterThanOrEqual(7);
    expect(statuses.filter((s) => s.status !== 'PENDING' || s.weak || s.actual === 0)).toEqual([]);
    expect(station.contract.resources).toEqual({
      ...{ actual: 150000, completionRate: 0.3, expectedRate: null },
      ...{ status: 'PENDING', band: 'PENDING' },
    });
  });

  it('leave the weak list empty, and the contract is judged only at its end', async () => {
    const answer = await contractOn(null);
    expect(answer.weakIndicators).toEqual([]);
    expect(answer.weakIndicatorCount).toBe(0);
    expect(answer.station.contract.overallStatus).toBe('PENDING');
    expect(answer.station.contract.overallCompletion).toBeCloseTo((0.3 + 0.65 + 0.3) / 3, 12);
  });

  it("are PENDING on the district's pages (overall status and the heatmap's statuses)", async () => {
    const { data } = await server.query<{
      district: {
        stations: Array<{
          code: string;
          contract: { overallStatus: string } | null;
          contractOn: { indicatorStatuses: Array<{ status: string; weak: boolean }> } | null;
        }>;
      };
    }>(`{ district(code: "haizhu") { stations {
      code contract(year: 2024) { overallStatus } contractOn(date: "2025-02-20") { indicatorStatuses { status weak } }
    } } }`);
    const station = data!.district.stations.find((s) => s.code === CODE)!;
    expect(station.contract?.overallStatus).toBe('PENDING');
    expect(new Set(station.contractOn?.indicatorStatuses.map((s) => `${s.status}/${s.weak}`))).toEqual(
      new Set(['PENDING/false']),
    );
  });

  it('are counted PENDING in the region lists, never behind or critical', async () => {
    const after = await regionOn(null);
    const row = after.stationPage.items.find((i) => i.station.code === CODE);
    expect(row).toMatchObject({
      ...{ status: 'PENDING', paceRatio: null, indicators: 3, weakIndicators: 0, pendingIndicators: 3 },
    });
    expect(row!.overallCompletion).toBeCloseTo((0.3 + 0.65 + 0.3) / 3, 12);
    // One station more, and it is counted PENDING: no status of the others moved.
    expect(count(after.statuses, 'PENDING')).toBe(count(before.statuses, 'PENDING') + 1);
    for (const status of ['MET', 'ON_TRACK', 'BEHIND', 'CRITICAL', 'NO_TARGET'])
      expect(count(after.statuses, status), status).toBe(count(before.statuses, status));
    const haizhu = (o: typeof after) => o.parts.find((p) => p.code === 'haizhu')!;
    expect(haizhu(after).weakStations).toBe(haizhu(before).weakStations);
    expect(before.stationPage.items.every((i) => i.pendingIndicators === 0)).toBe(true);
  });

  it('are marked in the printable report, and the official table export prints them whole', async () => {
    const { data } = await server.query<{
      station: { contract: { reportFile: { base64: string } } };
      zh: { base64: string };
    }>(`{
      station(code: "${CODE}") { contract(year: 2024) { reportFile(lang: "zh") { base64 } } }
      zh: tableFile(stationCode: "${CODE}", year: 2024, layout: WIDE, format: CSV) { base64 }
    }`);
    const html = Buffer.from(data!.station.contract.reportFile.base64, 'base64').toString('utf8');
    const phoneRow = html.split('\n').find((line) => line.includes('<tr><td>电访</td>'));
    expect(phoneRow).toContain('<td>900</td>');
    expect(phoneRow).toContain('年度汇总，年末判定');
    expect(html).not.toContain('严重滞后');
    expect(html).not.toContain('class="weak"');
    const csv = Buffer.from(data!.zh.base64, 'base64').toString('utf8');
    // The official table prints figures, not statuses: the year totals as reported, never 0.
    const line = (label: string) => csv.split('\r\n').find((l) => l.includes(label)) ?? '';
    expect(line('合计,')).toContain('3000,900,30.00%,1000,650,65.00%');
    expect(line('社会资源链接')).toMatch(/500000,完成量,150000,百分比,30\.00%/);
  });
});

describe('the same year totals once the contract has ended', () => {
  it('are judged as any figure: completion against the whole year', async () => {
    const answer = await contractOn('2025-05-31');
    const phone = answer.station.contract.indicatorStatuses.find(
      (s) => s.indicator.code === 'phone_visits' && s.area === null,
    );
    expect(phone).toMatchObject({
      ...{ actual: 900, completionRate: 0.3, expectedRate: 1, paceRatio: 0.3 },
      ...{ status: 'CRITICAL', weak: true, complete: true },
    });
    expect(answer.station.contract.indicatorStatuses.some((s) => s.status === 'PENDING')).toBe(false);
    expect(answer.station.contract.overallStatus).toBe('CRITICAL');
    expect(answer.station.contract.resources.band).toBe('CRITICAL');
    const totals = answer.weakIndicators.filter((w) => w.area === null);
    expect(totals.map((w) => w.indicator.code).sort()).toEqual(
      ['home_visits', 'phone_visits', 'resources_linked'].sort(),
    );
    expect(answer.weakIndicatorCount).toBe(answer.weakIndicators.length);
  });

  it('are judged in the region lists too', async () => {
    const after = await regionOn('2025-06-30');
    const row = after.stationPage.items.find((i) => i.station.code === CODE);
    expect(row).toMatchObject({ status: 'CRITICAL', weakIndicators: 3, pendingIndicators: 0 });
    expect(row!.paceRatio).toBeCloseTo((0.3 + 0.65 + 0.3) / 3, 12);
  });
});

describe('Chigang 2023, a finished contract known by year totals', () => {
  it('is judged as before: its figures, statuses and weak list unchanged', async () => {
    const { data } = await server.query<{
      station: {
        contract: {
          overallStatus: string;
          resources: { band: string; completionRate: number };
          indicatorStatuses: Array<{ status: string; complete: boolean }>;
        };
      };
      weakIndicators: Array<{ indicator: { code: string } }>;
    }>(`{
      station(code: "haizhu-chigang") { contract(year: 2023) {
        overallStatus resources { band completionRate } indicatorStatuses { status complete }
      } }
      weakIndicators(districtCode: "haizhu", stationCode: "haizhu-chigang", asOf: "2024-05-30") { indicator { code } }
    }`);
    const c = data!.station.contract;
    expect(c.overallStatus).toBe('ON_TRACK');
    expect(c.resources).toEqual({ band: 'CRITICAL', completionRate: 194580.11 / 500000 });
    expect(c.indicatorStatuses.filter((s) => s.status === 'PENDING' || !s.complete)).toEqual([]);
    expect(data!.weakIndicators.map((w) => w.indicator.code)).toEqual(['resources_linked']);
  });
});
