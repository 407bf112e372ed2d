/**
 * A locked month refuses every write path, walked from the schema: each mutation is either probed
 * against a locked month (it must answer `period/locked` and write nothing) or named here as not
 * writing a month's figures, with the reason. A new mutation fails the first test until it is
 * placed in one of the two lists. The command-line import, which is not a mutation, is probed too.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildSchema, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/graphql/schema.ts';
import { seedDemoDatabase } from '../../server/seed/index.ts';
import { attendanceRows, csvOf, messyTableGrid } from '../helpers/files.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

const run = promisify(execFile);
const schema = buildSchema(print(mergeTypeDefs(typeDefs)));
const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});

let server: TestServer;
let dir: string;
/** Someone on Xingang's roster in the locked month (its attendance is a write to probe). */
let person: string;

const TODAY = '2025-04-20';
/** A month after the demo's figures (which end in January), begun by the server's today: open until locked here. */
const LOCKED = '2025-02';
const xingang = { stationCode: 'haizhu-xingang', year: 2024 };

/** Mutations that do not write a month's figures, and why. */
const notMonthWrites: Record<string, string> = {
  login: 'a session, no figures',
  logout: 'a session, no figures',
  addStation: 'a new station has no contract, hence no month',
  setTarget: "contract terms (the bureau's), not a month's report",
  submitPeriod: 'the cycle itself (tests/api/periods.test.ts: a locked month cannot be submitted)',
  reviewPeriod: 'the cycle itself (a locked month cannot be reviewed: bad_transition)',
  lockPeriod: 'the cycle itself',
  updateQualityIssue: 'work on a data-quality issue: its status, no figures',
  unlockPeriod: 'the cycle itself',
};

interface Probe {
  user: string;
  query: string;
  variables: () => Record<string, unknown>;
}

const grid = messyTableGrid();

/** Each mutation that writes a month's figures, aimed at a locked month. */
const probes: Record<string, Probe> = {
  recordProgress: {
    user: 'bureau',
    query: 'mutation($i: ProgressInput!) { recordProgress(input: $i) { id } }',
    variables: () => ({
      i: { ...xingang, indicatorCode: 'phone_visits', areaCode: 'A', month: LOCKED, value: 7, replace: true },
    }),
  },
  addResourceLink: {
    user: 'bureau',
    query: 'mutation($i: ResourceLinkInput!) { addResourceLink(input: $i) { id } }',
    variables: () => ({
      i: { ...xingang, date: `${LOCKED}-15`, sourceType: 'ENTERPRISE', kind: 'CASH', valueYuan: 900 },
    }),
  },
  recordVolunteers: {
    user: 'bureau',
    query: 'mutation($i: VolunteerMonthInput!) { recordVolunteers(input: $i) { id } }',
    variables: () => ({ i: { ...xingang, month: LOCKED, newVolunteers: 3, backbone: 1, replace: true } }),
  },
  recordAttendance: {
    user: 'bureau',
    query: 'mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }',
    variables: () => ({
      i: {
        ...xingang,
        month: LOCKED,
        staffName: person,
        inPost: true,
        insured: false,
        paid: true,
        replace: true,
      },
    }),
  },
  saveMonth: {
    user: 'bureau',
    query: 'mutation($i: MonthInput!) { saveMonth(input: $i) { created } }',
    variables: () => ({
      i: {
        stationCode: 'haizhu-xingang',
        month: LOCKED,
        cells: [{ indicatorCode: 'phone_visits', areaCode: 'A', value: 7 }],
      },
    }),
  },
  importTable: {
    user: 'bureau',
    // Chigang's year totals cover every month of its 2023 contract, the locked one too.
    query: 'mutation($i: ImportTableInput!) { importTable(input: $i) { applied } }',
    variables: () => ({
      i: {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: '附件1.csv',
        contentBase64: csvOf(grid.rows).toString('base64'),
        dryRun: false,
      },
    }),
  },
};

const figureTables = [
  'progress_entries',
  'targets',
  'resource_links',
  'volunteer_records',
  'attendance',
  'import_files',
  'replaced_values',
  'staff',
];

async function counts(): Promise<number[]> {
  return Promise.all(
    figureTables.map(async (table) =>
      Number((await server.sql<{ n: number }>(`select count(*) as n from ${table}`))[0]!.n),
    ),
  );
}

const LOCK = `mutation($s: String!, $f: String!, $t: String!) { lockPeriod(stationCode: $s, from: $f, to: $t) { changed } }`;

beforeAll(async () => {
  server = await startTestServer({ today: TODAY, seed: (h) => seedDemoDatabase(h.db, { asOf: TEST_TODAY }) });
  dir = mkdtempSync(join(tmpdir(), 'period-locks-'));
  const sheet = await server.query<{
    station: { contract: { monthSheet: { attendance: Array<{ staffName: string }> } } };
  }>(
    `{ station(code: "haizhu-xingang") { contract(year: 2024) { monthSheet(month: "${LOCKED}") { attendance { staffName } } } } }`,
  );
  person = sheet.data!.station.contract.monthSheet.attendance[0]!.staffName;
  for (const [station, month] of [
    ['haizhu-xingang', LOCKED],
    ['haizhu-chigang', '2023-08'],
  ] as const) {
    const res = await server.query<{ lockPeriod: { changed: number } }>(LOCK, {
      s: station,
      f: month,
      t: month,
    });
    expect(res.data?.lockPeriod.changed).toBe(1);
  }
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a locked month refuses every write path', () => {
  it('every mutation is either probed against a locked month or named as not writing one', () => {
    const placed = new Set([...Object.keys(probes), ...Object.keys(notMonthWrites)]);
    expect(mutations.filter((m) => !placed.has(m))).toEqual([]);
    expect([...placed].filter((m) => !mutations.includes(m))).toEqual([]);
    expect(Object.keys(probes).filter((m) => m in notMonthWrites)).toEqual([]);
  });

  it.each(Object.keys(probes))('%s answers period/locked and writes nothing', async (name) => {
    const probe = probes[name]!;
    const before = await counts();
    const res = await server.queryAs(probe.user, probe.query, probe.variables());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'period/locked' });
    expect(String(res.errors?.[0]?.extensions?.messageZh)).toMatch(/20\d\d-\d\d/);
    expect(await counts()).toEqual(before);
  });

  it('the same writes go through once the month is unlocked (the probes are not refused for another reason)', async () => {
    const unlocked = await server.query(
      `mutation { unlockPeriod(stationCode: "haizhu-xingang", from: "${LOCKED}", to: "${LOCKED}", reason: "更正考勤") { changed } }`,
    );
    expect(unlocked.errors).toBeUndefined();
    for (const name of [
      'recordProgress',
      'recordVolunteers',
      'recordAttendance',
      'saveMonth',
      'addResourceLink',
    ]) {
      const probe = probes[name]!;
      const res = await server.queryAs(probe.user, probe.query, probe.variables());
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
    }
    const relock = await server.query<{ lockPeriod: { changed: number } }>(LOCK, {
      s: 'haizhu-xingang',
      f: LOCKED,
      t: LOCKED,
    });
    expect(relock.data?.lockPeriod.changed).toBe(1);
  });

  it('an attendance annex is refused when the people it adds are on the roster of a locked month', async () => {
    // June and July are marked, August (locked) is not: the people's contracts still reach into it.
    const before = await counts();
    const res = await server.query<{ importTable: { applied: boolean } }>(probes.importTable!.query, {
      i: {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: '附件2.csv',
        contentBase64: csvOf(attendanceRows()).toString('base64'),
        dryRun: false,
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'period/locked', month: '2023-08' });
    expect(await counts()).toEqual(before);
  });

  it('the command-line import is refused too, exits non-zero and writes nothing', async () => {
    const file = join(dir, '附件1.csv');
    writeFileSync(file, csvOf(grid.rows));
    const before = await counts();
    const result = await run(
      'npx',
      ['tsx', 'scripts/import.ts', file, '--station', 'haizhu-chigang', '--year', '2023', '--json'],
      { env: { ...process.env, ...server.location } },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('period/locked');
    expect(await counts()).toEqual(before);
  });
});
