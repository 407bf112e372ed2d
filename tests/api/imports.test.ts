/**
 * Import and export through the real server: messy official tables go in as they are, bad files
 * are refused without writing anything, the same file twice changes nothing, replaced values
 * are kept, and Chigang's table exported and imported back gives identical values.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceRows, csvOf, messyTableGrid, messyTableValues, xlsxOf } from '../helpers/files.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { engine } from '../../server/db/engine.ts';

const IMPORT = `mutation($input: ImportTableInput!) {
  importTable(input: $input) {
    layout ok applied rowsRead contractNeeded statedPeriodStart statedPeriodEnd valueCount staffCount newAreas
    errorCount problemCount
    values(limit: 500) { indicatorCode areaCode target actual statedRate periodStart periodEnd row }
    problems(limit: 500) { row column value code severity messageZh messageEn }
    flags { code indicatorCode areaCode messageZh messageEn suggestion }
    summary { created updated unchanged contractCreated areasCreated staffCreated }
  }
}`;

const FILE = `query($s: String!, $y: Int!, $l: TableLayout!, $f: FileFormat!) {
  tableFile(stationCode: $s, year: $y, layout: $l, format: $f) { fileName mimeType base64 }
}`;

interface ImportResult {
  layout: string;
  ok: boolean;
  applied: boolean;
  rowsRead: number;
  contractNeeded: boolean;
  statedPeriodStart: string | null;
  statedPeriodEnd: string | null;
  valueCount: number;
  staffCount: number;
  newAreas: string[];
  errorCount: number;
  values: Array<{
    indicatorCode: string;
    areaCode: string | null;
    target: number | null;
    actual: number | null;
    statedRate: number | null;
    periodStart: string | null;
    row: number;
  }>;
  problems: Array<{
    row: number | null;
    column: string | null;
    value: string | null;
    messageZh?: string;
    code: string;
    severity: string;
  }>;
  flags: Array<{ code: string; indicatorCode: string; areaCode: string | null; suggestion: number | null }>;
  summary: {
    created: number;
    updated: number;
    unchanged: number;
    contractCreated: boolean;
    staffCreated: number;
  } | null;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser({ username: 'station-sushe', role: 'STATION', stations: ['haizhu-sushe'] });
});
afterAll(() => server.close());

async function importAs(user: string, input: Record<string, unknown>) {
  const res = await server.queryAs<{ importTable: ImportResult }>(user, IMPORT, { input });
  return { result: res.data?.importTable, errors: res.errors };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

/** Row counts of every table an import writes. */
async function counts() {
  const n = async (table: string) =>
    [table, (await server.sql<{ n: number }>(`select count(*) as n from ${table}`))[0]!.n] as const;
  return Object.fromEntries(
    await Promise.all(
      [
        'targets',
        'progress_entries',
        'contracts',
        'service_areas',
        'staff',
        'attendance',
        'import_files',
        'replaced_values',
      ].map(n),
    ),
  );
}

describe('the official wide table, messy as stations keep it', () => {
  const expected = messyTableValues();

  it.each(['xlsx', 'csv'] as const)(
    'is read whole from %s: every figure, by area and 合计',
    async (format) => {
      const { rows, merges } = messyTableGrid();
      const bytes = format === 'xlsx' ? await xlsxOf(rows, merges) : csvOf(rows);
      const { result } = await importAs('bureau', {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: `附件1.${format}`,
        contentBase64: b64(bytes),
      });
      expect(result?.layout).toBe('WIDE');
      expect(result?.ok).toBe(true);
      expect(result?.applied).toBe(false);
      expect(result?.statedPeriodStart).toBe('2023-05-31');
      expect(result?.statedPeriodEnd).toBe('2024-05-30');
      const got = (result?.values ?? []).map((v) => ({
        indicator: v.indicatorCode,
        area: v.areaCode,
        target: v.target,
        actual: v.actual,
        rate: v.statedRate,
      }));
      expect(got).toHaveLength(expected.length);
      for (const e of expected) expect(got).toContainEqual({ ...e, rate: expect.closeTo(e.rate, 6) });
      // The second 专业个案 triple is labelled 协议个数 over its session numbers: a warning, not an error.
      expect(result?.problems).toContainEqual(
        expect.objectContaining({ code: 'import/subheader_mismatch', severity: 'WARNING', row: 4 }),
      );
      expect(result?.errorCount).toBe(0);
    },
  );

  it("flags the file's own numbers: the lost decimal point and area C's target", async () => {
    const { rows, merges } = messyTableGrid();
    const { result } = await importAs('bureau', {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: '附件1.xlsx',
      contentBase64: b64(await xlsxOf(rows, merges)),
    });
    expect(result?.flags).toContainEqual(
      expect.objectContaining({
        code: 'quality/stated_rate_mismatch',
        indicatorCode: 'resources_linked',
        areaCode: null,
        suggestion: 194580.11,
      }),
    );
    expect(result?.flags).toContainEqual(
      expect.objectContaining({
        code: 'quality/area_target_corrected',
        indicatorCode: 'phone_visits',
        areaCode: 'C',
        suggestion: 630,
      }),
    );
  });
});

describe('bad files write nothing', () => {
  const stationYear = { stationCode: 'haizhu-chigang', year: 2023 };
  const before = () => counts();

  it.each([
    [
      'an unreadable spreadsheet',
      'broken.xlsx',
      Buffer.from('PK\u0003\u0004 not really a zip'),
      'import/bad_xlsx',
    ],
    [
      'a file with no recognisable header',
      'notes.csv',
      csvOf([
        ['hello', 'world'],
        ['1', '2'],
      ]),
      'import/no_header',
    ],
    ['an empty file', 'empty.csv', Buffer.alloc(0), 'import/empty'],
    [
      'bytes that are no text (neither UTF-8, UTF-16 nor GB18030)',
      'noise.csv',
      Buffer.from([0x31, 0xff, 0x2c, 0xff, 0x0a]),
      'import/unreadable',
    ],
    [
      'an Excel 97–2003 workbook',
      'old.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'import/xls',
    ],
  ])('%s', async (_name, fileName, bytes, code) => {
    const start = await before();
    const { result } = await importAs('bureau', {
      ...stationYear,
      fileName,
      contentBase64: b64(bytes),
      dryRun: false,
    });
    expect(result?.ok).toBe(false);
    expect(result?.applied).toBe(false);
    expect(result?.problems[0]?.code).toBe(code);
    expect(await counts()).toEqual(start);
  });

  it('a value that is not a number names its row, column and value; nothing is written', async () => {
    const { rows, merges } = messyTableGrid();
    (rows[7] as Array<string | number | null>)[3] = '六百';
    const start = await before();
    const { result } = await importAs('bureau', {
      ...stationYear,
      fileName: 'bad.xlsx',
      contentBase64: b64(await xlsxOf(rows, merges)),
      dryRun: false,
    });
    expect(result?.applied).toBe(false);
    expect(result?.problems).toContainEqual(
      expect.objectContaining({
        row: 8,
        column: 'D',
        value: '六百',
        code: 'import/not_a_number',
        severity: 'ERROR',
      }),
    );
    expect(await counts()).toEqual(start);
  });

  it('an unknown station is refused with a coded error', async () => {
    const { errors } = await importAs('bureau', {
      stationCode: 'haizhu-nowhere',
      year: 2023,
      fileName: 'x.csv',
      contentBase64: b64(csvOf([['a']])),
    });
    expect(errors?.[0]?.extensions?.code).toBe('import/unknown_station');
    expect(errors?.[0]?.extensions?.messageZh).toContain('haizhu-nowhere');
  });

  it('a failure while writing the last row leaves the database unchanged', async () => {
    // A first import of a year (a past one: the months have all begun): the contract, targets and
    // 240 monthly figures; the database refuses the last.
    const defs = await server.query<{ indicatorDefinitions: Array<{ code: string }> }>(
      '{ indicatorDefinitions { code } }',
    );
    const codes = (defs.data?.indicatorDefinitions ?? []).map((d) => d.code);
    const months = Array.from(
      { length: 12 },
      (_, i) => `${2022 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`,
    );
    const rows: Array<Array<string | number | null>> = [['片区', '指标代码', '期间', '目标', '完成']];
    for (const code of codes) for (const month of months) rows.push(['合计', code, month, 120, 10]);
    expect(rows.length).toBeGreaterThan(200);
    if (engine === 'pg') {
      await server.sql(
        `create function refuse_last() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      );
      await server.sql(
        `create trigger refuse_last before insert on progress_entries for each row when (new.source_row = ${rows.length}) execute function refuse_last()`,
      );
    } else {
      await server.sql(
        `create trigger refuse_last before insert on progress_entries when new.source_row = ${rows.length}
         begin select raise(abort, 'refused by the test'); end`,
      );
    }
    const start = await before();
    try {
      const { errors } = await importAs('bureau', {
        stationCode: 'haizhu-xingang',
        year: 2022,
        fileName: 'monthly.csv',
        contentBase64: b64(csvOf(rows)),
        dryRun: false,
        createContract: true,
        contractStart: '2022-06-01',
        contractEnd: '2023-05-31',
        positions: 18,
      });
      expect(errors?.[0]?.extensions?.code).toBe('server/internal');
      expect(await counts()).toEqual(start);
    } finally {
      await server.sql(
        engine === 'pg' ? 'drop trigger refuse_last on progress_entries' : 'drop trigger refuse_last',
      );
      if (engine === 'pg') await server.sql('drop function refuse_last()');
    }
  });
});

describe('writing', () => {
  it('a purchaser may not import; a station only into its own station', async () => {
    const input = {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: 'x.csv',
      contentBase64: b64(
        csvOf([
          ['片区', '指标代码', '目标', '完成'],
          ['合计', 'phone_visits', 3000, 3111],
        ]),
      ),
    };
    expect((await importAs('purchaser-chigang', input)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await importAs('station-chigang', input)).result?.ok).toBe(true);
    const other = await importAs('station-chigang', { ...input, stationCode: 'haizhu-xingang' });
    expect(other.errors?.[0]?.extensions?.code).toBe('import/unknown_station');
  });

  it('an area the station does not have is named, and nothing is imported', async () => {
    const { rows, merges } = messyTableGrid();
    const { result } = await importAs('bureau', {
      stationCode: 'haizhu-binjiang', // two service areas: the table's 片区3 has no match
      year: 2023,
      fileName: '附件1.xlsx',
      contentBase64: b64(await xlsxOf(rows, merges)),
    });
    expect(result?.ok).toBe(false);
    expect(result?.problems).toContainEqual(
      expect.objectContaining({ code: 'import/unknown_area', row: 8, column: 'A', severity: 'ERROR' }),
    );
  });

  it('a first import creates the contract after confirmation, from the dates the file states', async () => {
    await server.query('mutation($i: StationInput!) { addStation(input: $i) { code } }', {
      i: {
        districtCode: 'haizhu',
        code: 'haizhu-import-new',
        nameZh: '新站',
        nameEn: 'New',
        streetZh: '新站街',
      },
    });
    const { rows, merges } = messyTableGrid('2023-2024年度 指标完成情况统计表');
    const input = {
      stationCode: 'haizhu-import-new',
      year: 2023,
      fileName: '新站 附件1.xlsx',
      contentBase64: b64(await xlsxOf(rows, merges)),
    };
    // A year the stated period does not start in is refused: the contract would get the wrong year.
    const wrongYear = await importAs('bureau', { ...input, year: 2027 });
    // There is no contract to compare with yet: the message names the year the file is of.
    expect(wrongYear.result?.problems).toContainEqual(
      expect.objectContaining({
        code: 'import/period_not_in_year',
        messageZh: expect.stringContaining('请选择 2023 年度'),
      }),
    );
    const dry = await importAs('bureau', input);
    expect(dry.result?.contractNeeded).toBe(true);
    expect(dry.result?.ok).toBe(true);
    const unconfirmed = await importAs('bureau', { ...input, dryRun: false });
    expect(unconfirmed.errors?.[0]?.extensions?.code).toBe('import/no_contract');
    const { result } = await importAs('bureau', { ...input, dryRun: false, createContract: true });
    expect(result?.summary?.contractCreated).toBe(true);
    const res = await server.query<{
      station: { contract: { start: string; end: string; contractedPositions: number } };
    }>('{ station(code: "haizhu-import-new") { contract(year: 2023) { start end contractedPositions } } }');
    expect(res.data?.station.contract).toEqual({
      start: '2023-05-31',
      end: '2024-05-30',
      contractedPositions: 18,
    });
    // Every stored figure remembers its file and row: area C's phone visits are in row 8.
    const stored = (
      await server.sql(`select t.value as target, t.source_file as tf, t.source_row as tr, p.value as actual,
                p.source_file as pf, p.source_row as pr
         from targets t
         join progress_entries p on p.contract_id = t.contract_id and p.indicator_id = t.indicator_id
           and p.area_id = t.area_id
         join service_areas a on a.id = t.area_id
         join contracts c on c.id = t.contract_id
         join stations s on s.id = c.station_id
         where s.code = 'haizhu-import-new' and c.service_year = 2023 and a.code = 'C'
           and t.indicator_id = (select id from indicator_definitions where code = 'phone_visits')`)
    )[0];
    expect(stored).toEqual({
      target: 650,
      tf: '新站 附件1.xlsx',
      tr: 8,
      actual: 700,
      pf: '新站 附件1.xlsx',
      pr: 8,
    });
  });

  it("another station's file is refused: its title names that station", async () => {
    const { rows, merges } = messyTableGrid();
    const { result } = await importAs('bureau', {
      stationCode: 'haizhu-xingang',
      year: 2023,
      fileName: '赤岗 附件1.xlsx',
      contentBase64: b64(await xlsxOf(rows, merges)),
    });
    expect(result?.ok).toBe(false);
    expect(result?.problems).toContainEqual(
      expect.objectContaining({ code: 'import/other_station', severity: 'ERROR' }),
    );
  });

  it('a station may not change its contract targets by import or entry', async () => {
    const file = b64(
      csvOf([
        ['片区', '指标代码', '目标'],
        ['合计', 'phone_visits', 2999],
      ]),
    );
    const viaImport = await importAs('station-chigang', {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: 't.csv',
      contentBase64: file,
      dryRun: false,
    });
    expect(viaImport.errors?.[0]?.extensions?.code).toBe('auth/targets');
    const viaEntry = await server.queryAs(
      'station-chigang',
      'mutation($i: TargetInput!) { setTarget(input: $i) { id } }',
      { i: { stationCode: 'haizhu-chigang', year: 2023, indicatorCode: 'resources_linked', value: 200000 } },
    );
    expect(viaEntry.errors?.[0]?.extensions?.code).toBe('auth/targets');
  });

  it('a monthly figure for a month not begun is a problem naming its row and column, and nothing is written', async () => {
    const before = await counts();
    const { result } = await importAs('bureau', {
      stationCode: 'haizhu-xingang',
      year: 2024,
      fileName: 'april.csv',
      // The server's today is 2025-02-20: April has not begun.
      contentBase64: b64(
        csvOf([
          ['片区', '指标代码', '期间', '目标', '完成'],
          ['A', 'phone_visits', '2025-04', null, 12],
        ]),
      ),
      dryRun: false,
    });
    expect(result?.ok).toBe(false);
    expect(result?.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'C', value: '2025-04', code: 'import/future_period' }),
    );
    expect(result?.problems[0]?.messageZh).toContain('2025-02-20');
    expect(await counts()).toEqual(before);
  });

  it('the same file twice changes nothing; a changed value replaces the old one, which is kept', async () => {
    const file = (actual: number) =>
      b64(
        csvOf([
          ['片区', '指标代码', '期间', '目标', '完成'],
          ['A', 'phone_visits', '2024-07', null, actual],
        ]),
      );
    const input = { stationCode: 'haizhu-xingang', year: 2024, fileName: 'july.csv', dryRun: false };
    const once = await importAs('bureau', { ...input, contentBase64: file(77) });
    // The demo station reported July already: its monthly figure is replaced (or equal), never doubled.
    expect(once.result?.ok).toBe(true);
    const afterOnce = await counts();
    const twice = await importAs('bureau', { ...input, contentBase64: file(77) });
    expect(twice.result?.summary).toMatchObject({ created: 0, updated: 0 });
    expect(await counts()).toEqual(afterOnce);
    const changed = await importAs('bureau', { ...input, contentBase64: file(78) });
    expect(changed.result?.summary).toMatchObject({ created: 0, updated: 1 });
    const kept = (
      await server.sql(
        `select cast(before as text) as before from replaced_values where entity = 'progress_entry' order by id desc limit 1`,
      )
    )[0] as { before: string };
    expect(JSON.parse(kept.before)).toMatchObject({ value: 77, sourceFile: 'july.csv', sourceRow: 2 });
    const stored =
      await server.sql(`select value, source_file, source_row from progress_entries p join service_areas a on a.id = p.area_id
         where a.code = 'A' and p.period_start = '2024-07-01' and a.station_id = (select id from stations where code = 'haizhu-xingang')
           and p.indicator_id = (select id from indicator_definitions where code = 'phone_visits')`);
    expect(stored).toEqual([{ value: 78, source_file: 'july.csv', source_row: 2 }]);
  });
});

describe("Chigang's official table and attendance annex, exported and imported back", () => {
  it.each(['XLSX', 'CSV'] as const)(
    'the wide table as %s gives identical values and changes nothing',
    async (format) => {
      const file = await server.query<{ tableFile: { fileName: string; base64: string } }>(FILE, {
        s: 'haizhu-chigang',
        y: 2023,
        l: 'WIDE',
        f: format,
      });
      const exported = file.data?.tableFile;
      expect(exported?.fileName).toBe(`haizhu-chigang-2023-indicators.${format.toLowerCase()}`);
      const statuses = await server.query<{
        station: {
          contract: {
            indicatorStatuses: Array<{
              indicator: { code: string };
              area: { code: string } | null;
              target: number;
              actual: number;
            }>;
          };
        };
      }>(
        `{ station(code: "haizhu-chigang") { contract(year: 2023) {
         indicatorStatuses(asOf: "2024-05-30") { indicator { code } area { code } target actual } } } }`,
      );
      const dry = await importAs('bureau', {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: exported?.fileName,
        contentBase64: exported?.base64,
      });
      const imported = new Map(
        (dry.result?.values ?? []).map((v) => [`${v.indicatorCode}|${v.areaCode}`, [v.target, v.actual]]),
      );
      const shown = statuses.data?.station.contract.indicatorStatuses ?? [];
      expect(shown.length).toBeGreaterThan(50);
      for (const s of shown) {
        const key = `${s.indicator.code}|${s.area?.code ?? null}`;
        // Totals of indicators printed per area only are sums, not figures of the table.
        if (imported.has(key)) expect(imported.get(key), key).toEqual([s.target, s.actual]);
      }
      expect(imported.size).toBe(56);
      const start = await counts();
      const again = await importAs('bureau', {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: exported?.fileName,
        contentBase64: exported?.base64,
        dryRun: false,
      });
      expect(again.result?.summary).toMatchObject({ created: 0, updated: 0, unchanged: 112 });
      expect(await counts()).toEqual(start);
    },
  );

  it('the attendance annex is exported with names masked for a purchaser and read back unchanged', async () => {
    const masked = await server.queryAs<{ tableFile: { base64: string } }>('purchaser-chigang', FILE, {
      s: 'haizhu-chigang',
      y: 2023,
      l: 'ATTENDANCE',
      f: 'XLSX',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(masked.data?.tableFile.base64 ?? '', 'base64') as unknown as ArrayBuffer,
    );
    const names = book.worksheets[0]
      ?.getColumn(2)
      .values.slice(5)
      .filter((v) => typeof v === 'string' && v !== '总计') as string[];
    const [{ people } = { people: 0 }] = await server.sql<{ people: number }>(
      "select count(*) as people from staff where station_id = (select id from stations where code = 'haizhu-chigang')",
    );
    const [{ months } = { months: 0 }] = await server.sql<{ months: number }>(
      "select count(*) as months from attendance where contract_id in (select c.id from contracts c join stations s on s.id = c.station_id where s.code = 'haizhu-chigang')",
    );
    expect(names.length).toBe(Number(people));
    for (const name of names) expect(name).toMatch(/^.\*+$/);
    const file = await server.query<{ tableFile: { base64: string } }>(FILE, {
      s: 'haizhu-chigang',
      y: 2023,
      l: 'ATTENDANCE',
      f: 'XLSX',
    });
    const start = await counts();
    const { result } = await importAs('bureau', {
      stationCode: 'haizhu-chigang',
      year: 2023,
      fileName: 'annex.xlsx',
      contentBase64: file.data?.tableFile.base64,
      dryRun: false,
    });
    expect(result?.staffCount).toBe(Number(people));
    // Every month on record, the unknown ones (blank) left unknown.
    expect(result?.summary).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: Number(months),
      staffCreated: 0,
    });
    expect(await counts()).toEqual(start);
  });
});

describe('the attendance annex (into another station, so that Chigang stays as published)', () => {
  const annex = () => b64(csvOf(attendanceRows()));

  it('turns remarks into leaves, transfers and exemptions, with pseudonyms', async () => {
    const { result } = await importAs('station-sushe', {
      stationCode: 'haizhu-sushe',
      year: 2023,
      fileName: '附件2.csv',
      contentBase64: annex(),
      dryRun: false,
    });
    expect(result?.ok).toBe(true);
    expect(result?.summary).toMatchObject({ staffCreated: 3 });
    const rows =
      (await server.sql(`select name, position, left_on, leaving_reason, insurance_exemption, practice_start from staff
         where name_key is not null and note is not null or position = '项目主管' and name_key is not null order by id`)) as Array<
        Record<string, string | null>
      >;
    const names = rows.map((r) => r.name);
    for (const real of ['陈大文', '李小红', '王老伯']) expect(names).not.toContain(real);
    expect(rows).toContainEqual(
      expect.objectContaining({ position: '第二片区社工', left_on: '2023-06-10', leaving_reason: 'left' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        position: '第一片区社工',
        left_on: '2023-07-31',
        leaving_reason: 'transferred_out',
        insurance_exemption: 'retired_reemployed',
        practice_start: null,
      }),
    );
    expect(result?.problems).toContainEqual(
      expect.objectContaining({ code: 'import/practice_start_unknown', row: 6, severity: 'WARNING' }),
    );
  });

  it('only the bureau may keep the names as printed', async () => {
    const input = {
      stationCode: 'haizhu-sushe',
      year: 2023,
      fileName: '附件2.csv',
      contentBase64: annex(),
      dryRun: false,
      keepNames: true,
    };
    expect((await importAs('station-sushe', input)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('the station-year report as printable HTML', () => {
  const REPORT = `query($s: String!, $l: String) { station(code: $s) { contract(year: 2023) {
    reportFile(lang: $l, asOf: "2024-05-30") { fileName mimeType base64 } } } }`;
  const html = async (station: string, lang: string) => {
    const res = await server.query<{
      station: { contract: { reportFile: { fileName: string; mimeType: string; base64: string } } };
    }>(REPORT, { s: station, l: lang });
    const file = res.data?.station.contract.reportFile;
    return { file, text: Buffer.from(file?.base64 ?? '', 'base64').toString('utf8') };
  };

  it("Chigang's report carries the published figures, the source line and no demo mark", async () => {
    const { file, text } = await html('haizhu-chigang', 'zh');
    expect(file?.fileName).toBe('haizhu-chigang-2023-report-zh.html');
    expect(file?.mimeType).toContain('text/html');
    expect(text).toContain('<td>3,000</td><td>3,111</td><td>103.70%</td>');
    expect(text).toContain('254 / 240 = 105.83%');
    expect(text).toContain('16 / 20 = 80.00%');
    expect(text).toContain('83.49 良好');
    expect(text).toContain('来源：社工站监测看板 · 统计截至 2024-05-30');
    expect(text).not.toContain('示例数据');
    expect(text).toContain('@page { size: A4');
  });

  it('in English, and a demo station says it is demo data', async () => {
    const { text } = await html('haizhu-xingang', 'en');
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Demo data');
    expect(text).toContain('Source: Station Monitor · as of 2024-05-30');
  });
});

describe('the official table of a station that reports by area and month', () => {
  it('prints its 合计 row as the sum of the areas', async () => {
    const file = await server.query<{ tableFile: { base64: string } }>(FILE, {
      s: 'haizhu-xingang',
      y: 2023,
      l: 'WIDE',
      f: 'CSV',
    });
    const lines = Buffer.from(file.data?.tableFile.base64 ?? '', 'base64')
      .toString('utf8')
      .split('\r\n')
      .map((l) => l.split(','));
    const header = lines.find((l) => l[0] === '服务片区') ?? [];
    const col = header.indexOf('电访');
    const areaRows = lines.filter((l) => /^"?片区/.test(l[0] ?? ''));
    const total = lines.find((l) => l[0] === '合计');
    expect(areaRows.length).toBeGreaterThan(1);
    const sum = areaRows.reduce((s, l) => s + Number(l[col + 1]), 0);
    expect(Number(total?.[col + 1])).toBe(sum);
  });
});
