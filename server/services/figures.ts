/**
 * The `contract_figures` rollup and the data version. Every write that can change a contract's
 * figures calls `figuresChanged` inside its own transaction: the contract's stored figures are
 * deleted (computed again when next asked for), the data version moves on (no figures computed
 * before it are stored), and so do the touched districts' answer versions (`versions.ts`), so that
 * cached answers of those districts stop being served by every instance on this database.
 */
import { and, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { contractFigures, contracts, settings, stations, type ContractFiguresRow } from '../db/schema.ts';
import { answersChanged, bumpSetting, districtsOfStations } from './versions.ts';

const versionKey = 'data_version';

export interface FiguresChange {
  contractIds?: readonly number[];
  /** Every contract of these stations (a staff change counts for all of a station's years). */
  stationIds?: readonly number[];
  /** Everything (a seed, a restore). */
  all?: boolean;
}

/**
 * Runs inside the writer's transaction, so the rollup never disagrees with a committed write. The
 * version moves first: its row lock makes a concurrent `storeFigures` (PostgreSQL) either finish
 * before the deletes below, which then remove what it stored, or see the new version and store nothing.
 */
export async function figuresChanged(db: Db, change: FiguresChange): Promise<void> {
  await bumpDataVersion(db);
  await answersChanged(db, { all: change.all, districtIds: await districtsTouched(db, change) });
  if (change.all) await db.delete(contractFigures);
  const contractIds = [...(change.contractIds ?? [])];
  if (contractIds.length > 0)
    await db.delete(contractFigures).where(inArray(contractFigures.contractId, contractIds));
  const stationIds = [...(change.stationIds ?? [])];
  if (stationIds.length > 0)
    await db
      .delete(contractFigures)
      .where(
        inArray(
          contractFigures.contractId,
          db.select({ id: contracts.id }).from(contracts).where(inArray(contracts.stationId, stationIds)),
        ),
      );
}

/** The districts whose answers a change of figures ends. */
async function districtsTouched(db: Db, change: FiguresChange): Promise<number[]> {
  const ids = new Set<number>();
  const stationIds = [...(change.stationIds ?? [])];
  for (const id of (await districtsOfStations(db, stationIds)).values()) ids.add(id);
  const contractIds = [...(change.contractIds ?? [])];
  if (contractIds.length > 0) {
    const rows = await db
      .select({ districtId: stations.districtId })
      .from(contracts)
      .innerJoin(stations, eq(stations.id, contracts.stationId))
      .where(inArray(contracts.id, contractIds));
    for (const r of rows) ids.add(r.districtId);
  }
  return [...ids];
}

/** Moves the data version on (inside the writer's transaction): stored figures computed before it are not kept. */
export async function bumpDataVersion(db: Db): Promise<void> {
  await bumpSetting(db, versionKey);
}

/** Asked on every request (the answer cache's key): prepared once. */
const selectSetting = preparedQuery<{ key: string }, Array<{ value: string }>>((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare('setting_by_key'),
);

/** The database's data version: it changes with every write of figures (any instance's). */
export async function dataVersion(db: Db): Promise<string> {
  const rows = await selectSetting(db, { key: versionKey });
  return rows[0]?.value ?? '0';
}

/** Stored figures of these (contract, date) pairs; pairs not stored are simply absent. */
export async function storedFigures(
  db: Db,
  pairs: ReadonlyArray<{ contractId: number; asOf: string }>,
): Promise<ContractFiguresRow[]> {
  if (pairs.length === 0) return [];
  const dates = [...new Set(pairs.map((p) => p.asOf))];
  const rows: ContractFiguresRow[] = [];
  // Region views ask for one date per finished or running year: few dates, many contracts.
  for (const asOf of dates) {
    const ids = pairs.filter((p) => p.asOf === asOf).map((p) => p.contractId);
    for (let i = 0; i < ids.length; i += 5000) {
      rows.push(
        ...(await db
          .select()
          .from(contractFigures)
          .where(
            and(
              eq(contractFigures.asOf, asOf),
              inArray(contractFigures.contractId, ids.slice(i, i + 5000)),
              // Rows stored before the newest column was added count as missing.
              isNotNull(contractFigures.pendingIndicators),
            ),
          )),
      );
    }
  }
  return rows;
}

/**
 * Keeps computed figures, unless the data changed while they were computed (`version` is the
 * data version read before): a write that lands between the reads and this store would
 * otherwise leave figures of the old data behind. A row stored meanwhile (by another instance,
 * or before a column was added) is replaced: same data version, same numbers or better ones.
 * Returns whether the rows were kept.
 */
export async function storeFigures(
  db: Db,
  rows: readonly ContractFiguresRow[],
  version: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    // The version row, locked until this transaction ends (a no-op update takes the lock on both
    // engines): a write's figuresChanged waits for it, then deletes what is stored here.
    const same = await tx
      .update(settings)
      .set({ value: settings.value })
      .where(and(eq(settings.key, versionKey), eq(settings.value, version)))
      .returning({ value: settings.value });
    if (same.length === 0 && version !== '0') return false;
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insert(contractFigures)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [contractFigures.contractId, contractFigures.asOf],
          set: Object.fromEntries(
            Object.entries(getTableColumns(contractFigures)).map(([key, column]) => [
              key,
              sql.raw(`excluded."${column.name}"`),
            ]),
          ),
        });
    return true;
  });
}
