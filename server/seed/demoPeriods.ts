/**
 * The demo's reporting cycle, so that every state shows: the demo stations joined the monthly
 * cycle three months before the demo's today, and their running contracts' last three reported
 * months stand as a district does mid-cycle — the oldest approved and locked by the bureau, the
 * next approved (or returned with a comment), the latest submitted, approved or not yet submitted
 * (late). A month whose figures are incomplete (the failing profile drops one) was never submitted.
 * Earlier months predate the cycle and stay `OPEN`. Demo stations only: Chigang's record is its source's.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { addDaysIso, addMonthsIso, contractMonths, lastDayOfMonth, minDate } from '../domain/dates.ts';
import { CYCLE_FROM_KEY } from '../services/periods.ts';
import { reportingDeadlineDay } from '../domain/config.ts';
import { deadlineOf, type PeriodState } from '../domain/periods.ts';

/** The two latest months' states, by the station's place among the demo streets. */
const patterns: ReadonlyArray<readonly [PeriodState, PeriodState]> = [
  ['APPROVED', 'SUBMITTED'],
  ['RETURNED', 'OPEN'],
  ['APPROVED', 'SUBMITTED'],
  ['APPROVED', 'OPEN'],
  ['APPROVED', 'APPROVED'],
];

/** Beijing 10:00 on a day, as the instant stored. */
const at = (day: string) => `${day}T02:00:00.000Z`;

export async function seedDemoPeriods(db: Db, asOf: string): Promise<void> {
  const user = async (username: string) =>
    (await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.username, username)))[0]?.id ?? null;
  const [bureau, supervisor] = [await user('bureau'), await user('supervisor')];
  const clerks = new Map(
    (
      await db
        .select({ id: t.users.id, stationId: t.users.stationId })
        .from(t.users)
        .where(eq(t.users.role, 'STATION'))
    ).map((u) => [u.stationId, u.id]),
  );
  const running = await db
    .select({ contract: t.contracts, station: t.stations })
    .from(t.contracts)
    .innerJoin(t.stations, eq(t.stations.id, t.contracts.stationId))
    .where(eq(t.stations.isDemo, true))
    .orderBy(t.stations.id);
  const rows: Array<typeof t.reportingPeriods.$inferInsert> = [];
  for (const [index, { contract, station }] of running
    .filter(({ contract: c }) => c.start <= asOf && asOf <= c.end)
    .entries()) {
    const reported = contractMonths(contract.start, contract.end).filter((m) => lastDayOfMonth(m) <= asOf);
    const [older, previous, latest] = [reported.at(-3), reported.at(-2), reported.at(-1)];
    const pattern = patterns[index % patterns.length] as readonly [PeriodState, PeriodState];
    const incomplete = await incompleteMonths(db, contract.id, reported.slice(-3));
    const plan: Array<[string | undefined, PeriodState]> = [
      [older, 'LOCKED'],
      [previous, pattern[0]],
      [latest, pattern[1]],
    ];
    for (const [month, wanted] of plan) {
      if (!month) continue;
      const state: PeriodState = incomplete.has(month) ? 'OPEN' : wanted;
      if (state === 'OPEN') continue;
      const deadline = deadlineOf(month, reportingDeadlineDay);
      // Station index 2 submits a few days late; the others a few days early.
      // Nothing happens after the demo's today.
      const submittedOn = minDate(addDaysIso(deadline, index % patterns.length === 2 ? 4 : -3), asOf);
      const reviewedOn = minDate(addDaysIso(submittedOn, 2), asOf);
      rows.push({
        contractId: contract.id,
        month,
        state,
        submittedAt: at(submittedOn),
        submittedBy: clerks.get(station.id) ?? null,
        reviewedAt: state === 'SUBMITTED' ? null : at(reviewedOn),
        reviewedBy: state === 'SUBMITTED' ? null : supervisor,
        comment: state === 'RETURNED' ? '入户探访较上月下降过半，请核对台账后重新提交（示例）' : null,
        cellComments:
          state === 'RETURNED'
            ? [{ indicatorCode: 'home_visits', areaCode: 'A', comment: '与服务记录不符，请核对（示例）' }]
            : [],
        lockedAt: state === 'LOCKED' ? at(minDate(addDaysIso(reviewedOn, 5), asOf)) : null,
        lockedBy: state === 'LOCKED' ? bureau : null,
        stateBeforeLock: state === 'LOCKED' ? 'APPROVED' : null,
      });
    }
  }
  if (rows.length > 0) await db.insert(t.reportingPeriods).values(rows);
  // The cycle began with the oldest of the three months: earlier ones are not due in it.
  const start = addMonthsIso(`${asOf.slice(0, 7)}-01`, -3).slice(0, 7);
  await db.insert(t.settings).values({ key: CYCLE_FROM_KEY, value: start }).onConflictDoNothing();
}

/** Months among `months` in which some cell of the contract has no figure (the demo's dropped month). */
async function incompleteMonths(db: Db, contractId: number, months: readonly string[]): Promise<Set<string>> {
  const entries = await db
    .select({ start: t.progressEntries.periodStart, indicatorId: t.progressEntries.indicatorId })
    .from(t.progressEntries)
    .where(eq(t.progressEntries.contractId, contractId));
  const indicators = (m: string) =>
    new Set(entries.filter((e) => e.start === `${m}-01`).map((e) => e.indicatorId)).size;
  const most = Math.max(0, ...months.map(indicators));
  return new Set(months.filter((m) => indicators(m) < most));
}
