/**
 * Real files through the real server: a new station's official table with four areas from XLSX
 * and from a Chinese Excel's GB18030 CSV, created with its contract; files built to stall the
 * server refused with their limit named while it keeps answering; a file that outlasts its
 * request stopped, and the next one read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lyingXlsxBomb, xlsxBomb } from '../helpers/bombs.ts';
import { annex1Tsv, fourAreaTable, officialTable, textOf, xlsxFrom } from '../helpers/officialTables.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const IMPORT = `mutation($input: ImportTableInput!) {
  importTable(input: $input) {
    layout ok applied valueCount newAreas errorCount contractNeeded
    values(limit: 500) { indicatorCode areaCode target actual statedRate }
    problems(limit: 500) { row column value code severity messageZh messageEn }
    flags { key code indicatorCode areaCode suggestion }
    suggestionsTaken
    cells { read recognised ignored }
    source { format encoding delimiter sheet }
    summary { created contractCreated areasCreated }
  }
}`;

interface Result {
  ok: boolean;
  applied: boolean;
  valueCount: number;
  newAreas: string[];
  contractNeeded: boolean;
  values: Array<{
    indicatorCode: string;
    areaCode: string | null;
    target: number;
    actual: number;
    statedRate: number;
  }>;
  problems: Array<{
    row: number | null;
    column: string | null;
    value: string | null;
    code: string;
    severity: string;
    messageZh: string;
    messageEn: string;
  }>;
  flags: Array<{
    key: string;
    code: string;
    indicatorCode: string;
    areaCode: string | null;
    suggestion: number | null;
  }>;
  suggestionsTaken: string[];
  cells: { read: number; recognised: number; ignored: number };
  source: { format: string | null; encoding: string | null; delimiter: string | null; sheet: string | null };
  summary: { created: number; contractCreated: boolean; areasCreated: number } | null;
}

let server: TestServer;
let slow: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  // The same, with requests allowed 300 ms: time enough for small files only.
  slow = await startTestServer({ security: { requestDeadlineMs: 300 } });
  for (const [code, street] of [
    ['haizhu-four-xlsx', '四区甲街'],
    ['haizhu-four-csv', '四区乙街'],
  ])
    await server.query('mutation($i: StationInput!) { addStation(input: $i) { code } }', {
      i: { districtCode: 'haizhu', code, nameZh: `${street}社工站`, nameEn: code, streetZh: street },
    });
});
afterAll(async () => {
  await server.close();
  await slow.close();
});

async function importFile(on: TestServer, input: Record<string, unknown>) {
  const res = await on.query<{ importTable: Result }>(IMPORT, { input });
  return { result: res.data?.importTable, errors: res.errors };
}

const fourAreas = fourAreaTable({ blankRows: true, seed: 4 });

describe("a new station's official table with four areas", () => {
  const { rows, merges, expected } = officialTable(fourAreas);
  // One printed rate that does not fit its numbers: area D's phone visits.
  const phone = expected.find((e) => e.indicator === 'phone_visits' && e.area === 'D');
  const row = rows.find((r) => r[0] != null && String(r[0]).startsWith('片区4'));
  const at = row?.findIndex((c) => c === phone?.actual) ?? -1;
  if (!row || at < 0) throw new Error('the generated table has no area D phone visits');
  row[at + 1] = '88.88%';

  it.each([
    ['XLSX', 'haizhu-four-xlsx', '附件1.xlsx', () => xlsxFrom(rows, merges)],
    ['GB18030 CSV', 'haizhu-four-csv', '附件1.csv', async () => textOf(rows, { encoding: 'gb18030' })],
  ])(
    'imports from %s with createContract: every value read, the misprinted rate flagged',
    async (_name, station, fileName, make) => {
      const input = {
        stationCode: station,
        year: 2025,
        fileName,
        contentBase64: (await make()).toString('base64'),
      };
      const dry = await importFile(server, input);
      expect(dry.result?.ok).toBe(true);
      expect(dry.result?.contractNeeded).toBe(true);
      expect(dry.result?.newAreas).toEqual(['A', 'B', 'C', 'D']);
      expect(dry.result?.cells.ignored).toBe(0);
      expect(dry.result?.source.format).toBe(fileName.endsWith('xlsx') ? 'XLSX' : 'CSV');
      if (fileName.endsWith('csv')) expect(dry.result?.source.encoding).toBe('gb18030');
      const got = (dry.result?.values ?? []).map((v) => ({
        indicator: v.indicatorCode,
        area: v.areaCode,
        target: v.target,
        actual: v.actual,
      }));
      expect(got).toHaveLength(expected.length);
      for (const e of expected)
        expect(got).toContainEqual({
          indicator: e.indicator,
          area: e.area,
          target: e.target,
          actual: e.actual,
        });
      expect(dry.result?.flags).toContainEqual(
        expect.objectContaining({
          code: 'quality/stated_rate_mismatch',
          indicatorCode: 'phone_visits',
          areaCode: 'D',
        }),
      );
      const done = await importFile(server, { ...input, dryRun: false, createContract: true });
      expect(done.result?.applied).toBe(true);
      expect(done.result?.summary).toMatchObject({ contractCreated: true, areasCreated: 4 });
      const stored = await server.query<{
        station: { areas: Array<{ code: string }>; contract: { start: string } };
      }>(`{ station(code: "${station}") { areas { code } contract(year: 2025) { start } } }`);
      expect(stored.data?.station.areas.map((a) => a.code)).toEqual(['A', 'B', 'C', 'D']);
      expect(stored.data?.station.contract.start).toBe('2025-07-01');
    },
  );
});

describe("the report's own annex 1 into Chigang 2023", () => {
  const annex = () => ({
    stationCode: 'haizhu-chigang',
    year: 2023,
    fileName: 'annex1.tsv',
    contentBase64: Buffer.from(annex1Tsv()).toString('base64'),
  });
  const resources = () =>
    server.sql<{ value: number; printed: string | null }>(
      `select p.value, p.printed_value as printed from progress_entries p
         join contracts c on c.id = p.contract_id join stations s on s.id = c.station_id
         join indicator_definitions i on i.id = p.indicator_id
        where s.code = 'haizhu-chigang' and c.service_year = 2023 and i.code = 'resources_linked'`,
    );

  it('taking the lost decimal point’s suggestion keeps 194,580.11 with the printed figure beside it; not taking it stores the print', async () => {
    const dry = await importFile(server, annex());
    expect(dry.result?.flags).toContainEqual(
      expect.objectContaining({ key: 'resources_linked|', suggestion: 194580.11 }),
    );
    const taken = await importFile(server, {
      ...annex(),
      dryRun: false,
      acceptSuggestions: ['resources_linked|'],
    });
    expect(taken.result?.suggestionsTaken).toEqual(['resources_linked|']);
    expect((await resources()).map((r) => [Number(r.value), r.printed])).toEqual([[194580.11, '19458011']]);
    const printed = await importFile(server, { ...annex(), dryRun: false });
    expect(printed.result?.suggestionsTaken).toEqual([]);
    expect((await resources()).map((r) => [Number(r.value), r.printed])).toEqual([[19458011, null]]);
  });
});

describe('files built to stall the server', () => {
  /** The slowest /healthz answer while `work` runs, polled every 20 ms. */
  async function healthWhile<T>(work: Promise<T>) {
    let worst = 0;
    let answered = 0;
    let done = false;
    const poll = (async () => {
      while (!done) {
        const t0 = performance.now();
        const res = await fetch(`${server.app.url}/healthz`);
        worst = Math.max(worst, performance.now() - t0);
        if (res.ok) answered++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const result = await work;
    done = true;
    await poll;
    return { result, worst, answered };
  }

  it('an XLSX of 100 MB of XML in 0.5 MB, and one that lies about its size, are refused by their limits', async () => {
    const files = [
      ['bomb.xlsx', await xlsxBomb(100), 'import/xlsx_too_large'],
      ['liar.xlsx', await lyingXlsxBomb(100), 'import/xlsx_size_mismatch'],
    ] as const;
    for (const [fileName, bytes, code] of files) {
      expect(bytes.length).toBeLessThan(1_000_000);
      const { result, answered } = await healthWhile(
        importFile(server, {
          stationCode: 'haizhu-chigang',
          year: 2023,
          fileName,
          contentBase64: bytes.toString('base64'),
        }),
      );
      expect(result.result?.ok).toBe(false);
      const [first] = result.result?.problems ?? [];
      expect(first?.code).toBe(code);
      expect(first?.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(first?.messageEn).not.toMatch(/Cannot read|undefined/);
      expect(answered).toBeGreaterThan(0);
    }
  });

  it('a file that outlasts its request is stopped and refused as too slow; the next file is read', async () => {
    const long = officialTable({ ...fourAreas, areas: 8, seed: 9 });
    // A long template of 60,000 rows: well over 300 ms to read on any machine.
    const lines = ['area,indicator,period,target,actual'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`A,phone_visits,2025-${String((i % 12) + 1).padStart(2, '0')},1000,${i}`);
    const big = Buffer.from(lines.join('\n'));
    const { result } = await importFile(slow, {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: 'long.csv',
      contentBase64: big.toString('base64'),
    });
    expect(result?.ok).toBe(false);
    expect(result?.problems[0]?.code).toBe('import/too_slow');
    expect(result?.problems[0]?.messageZh).toContain('秒');
    const next = await importFile(server, {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: 'table.xlsx',
      contentBase64: (await xlsxFrom(long.rows, long.merges)).toString('base64'),
    });
    expect(next.result?.problems.filter((p) => p.code.startsWith('import/too'))).toEqual([]);
  });
});
