/** Staff rosters and monthly attendance. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { contractMonthWindows } from '../db/dialect.ts';
import { attendance, reportingPeriods, settings, staff } from '../db/schema.ts';
import { CYCLE_FROM_KEY } from './periods.ts';
import { contractInScope, type Scope } from './scope.ts';

/** The scoped lookups of this module (see `rowsByKeys`). */
export const staffingLookups = {
  staffByStation: { table: staff, key: staff.stationId, owner: { station: staff.stationId } },
  attendanceByContract: {
    table: attendance,
    key: attendance.contractId,
    owner: { contract: attendance.contractId },
  },
} as const;

/** A contract's attendance over a window of months, counted by the database (`attendanceCounts`). */
export interface AttendanceCounts {
  contractId: number;
  from: string;
  to: string;
  /** Months of the window with any record (in post or not): the months reported. */
  months: number;
  /** Person-months in post. */
  personMonths: number;
  /** People in post in every month reported. */
  continuouslyInPost: number;
}

/**
 * The counts behind the attendance and stability rates (`domain/staffing.ts`), per contract over
 * its window of months, in one statement for many contracts: a region's new month reads a row per
 * contract instead of every attendance record (343,000 for 1,600 stations).
 */
export async function attendanceCounts(
  db: Db,
  scope: Scope,
  windows: ReadonlyArray<{ contractId: number; from: string; to: string }>,
): Promise<AttendanceCounts[]> {
  if (windows.length === 0) return [];
  const a = attendance;
  // The months that count as reported, as `domain/periods.ts` `countsAsReported` decides: any month
  // of a contract outside the cycle or before the cycle began, else only a submitted one.
  const counted = sql`(${a.month} < coalesce((select s.value from ${settings} s where s.key = ${CYCLE_FROM_KEY}), '')
    or not exists (select 1 from ${reportingPeriods} r0 where r0.contract_id = ${a.contractId})
    or exists (select 1 from ${reportingPeriods} r1 where r1.contract_id = ${a.contractId} and r1.month = ${a.month}
      and r1.state in ('SUBMITTED', 'APPROVED', 'LOCKED')))`;
  const inWindow = sql`${a.contractId} = win.contract_id and ${a.month} >= win.from_month and ${a.month} <= win.to_month and ${counted}`;
  // Each subquery names its columns apart: drizzle refers to a subquery's computed columns by
  // their bare names, so two subqueries sharing a name would be ambiguous.
  const window = (prefix: string) => ({
    contractId: sql<number>`win.contract_id`.as(`${prefix}_contract`),
    from: sql<string>`win.from_month`.as(`${prefix}_from`),
    to: sql<string>`win.to_month`.as(`${prefix}_to`),
  });
  const byWindow = [sql`win.contract_id`, sql`win.from_month`, sql`win.to_month`];
  const reported = db
    .select({ ...window('reported'), months: sql<number>`count(distinct ${a.month})`.as('reported_months') })
    .from(a)
    .innerJoin(contractMonthWindows(windows), inWindow)
    .where(contractInScope(a.contractId, scope))
    .groupBy(...byWindow)
    .as('reported');
  // Each person's months in post (the window's own columns grouped on: a contract asked over two
  // windows gets a row for each).
  const people = db
    .select({
      ...window('person'),
      staffId: a.staffId,
      months: sql<number>`count(distinct ${a.month})`.as('person_months'),
    })
    .from(a)
    .innerJoin(contractMonthWindows(windows), and(inWindow, eq(a.inPost, true)))
    .where(contractInScope(a.contractId, scope))
    .groupBy(...byWindow, a.staffId)
    .as('people');
  return db
    .select({
      contractId: sql<number>`${reported.contractId}`.mapWith(Number),
      from: sql<string>`${reported.from}`,
      to: sql<string>`${reported.to}`,
      months: sql<number>`${reported.months}`.mapWith(Number),
      personMonths: sql<number>`coalesce(sum(${people.months}), 0)`.mapWith(Number),
      continuouslyInPost:
        sql<number>`coalesce(sum(case when ${people.months} = ${reported.months} then 1 else 0 end), 0)`.mapWith(
          Number,
        ),
    })
    .from(reported)
    .leftJoin(
      people,
      and(
        eq(people.contractId, reported.contractId),
        eq(people.from, reported.from),
        eq(people.to, reported.to),
      ),
    )
    .groupBy(reported.contractId, reported.from, reported.to, reported.months);
}
