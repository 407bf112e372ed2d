/**
 * The stations a caller may see. Every service function takes a scope and applies it in SQL, so
 * that access control (filled from the login) has one place to plug in and no path around it.
 */
import { and, asc, inArray, sql, type InferSelectModel, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import { contracts, districts, evaluations, regions, serviceAreas, stations } from '../db/schema.ts';

/**
 * `all` is for the server's own work (seeding, benchmarks); a request's scope comes from its
 * viewer: the stations of some districts (a bureau) or a list of stations (everyone else).
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'districts'; districtIds: readonly number[] }
  /** Every station under these regions (paths like `/cn/guangdong/`): a province's 1,600, a country's 29,000. */
  | { kind: 'regions'; paths: readonly string[] }
  | { kind: 'stations'; stationIds: readonly number[] };

export const fullScope: Scope = { kind: 'all' };

const idList = (ids: readonly number[]) =>
  ids.length === 0
    ? sql`null`
    : sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );

/** Condition on a station id column; undefined (no condition) for the full scope. */
export function stationInScope(stationId: SQLWrapper, scope: Scope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'stations') return sql`${stationId} in (${idList(scope.stationIds)})`;
  if (scope.kind === 'regions') {
    // A join on the region's path, not a list of its thousands of districts.
    const within = sql.join(
      scope.paths.map((path) => sql`substr(${regions.path}, 1, ${path.length}) = ${path}`),
      sql` or `,
    );
    return sql`${stationId} in (select ${stations.id} from ${stations} join ${districts} on ${districts.id} = ${stations.districtId} join ${regions} on ${regions.id} = ${districts.regionId} where ${scope.paths.length ? within : sql`false`})`;
  }
  return sql`${stationId} in (select ${stations.id} from ${stations} where ${stations.districtId} in (${idList(scope.districtIds)}))`;
}

/** Condition on a contract id column: the contract's station must be in scope. */
export function contractInScope(contractId: SQLWrapper, scope: Scope): SQL | undefined {
  const inScope = stationInScope(contracts.stationId, scope);
  if (!inScope) return undefined;
  return sql`${contractId} in (select ${contracts.id} from ${contracts} where ${inScope})`;
}

/** Condition on an evaluation id column: the evaluation's contract must be in scope. */
function evaluationInScope(evaluationId: SQLWrapper, scope: Scope): SQL | undefined {
  const inScope = contractInScope(evaluations.contractId, scope);
  if (!inScope) return undefined;
  return sql`${evaluationId} in (select ${evaluations.id} from ${evaluations} where ${inScope})`;
}

/** Condition on a service-area id column: the area's station must be in scope. */
function areaInScope(areaId: SQLWrapper, scope: Scope): SQL | undefined {
  const inScope = stationInScope(serviceAreas.stationId, scope);
  if (!inScope) return undefined;
  return sql`${areaId} in (select ${serviceAreas.id} from ${serviceAreas} where ${inScope})`;
}

/** How a table's rows belong to a station: directly, or through their contract, evaluation or area. */
export type Owner =
  { station: PgColumn } | { contract: PgColumn } | { evaluation: PgColumn } | { area: PgColumn };

function ownerInScope(owner: Owner, scope: Scope): SQL | undefined {
  if ('station' in owner) return stationInScope(owner.station, scope);
  if ('contract' in owner) return contractInScope(owner.contract, scope);
  if ('area' in owner) return areaInScope(owner.area, scope);
  return evaluationInScope(owner.evaluation, scope);
}

/**
 * The one scoped lookup: rows of `table` whose `key` column is one of `keys`, limited to the
 * stations in scope through `owner`, optionally ordered. Every batch loader reads through it.
 */
export async function rowsByKeys<T extends PgTable>(
  db: Db,
  scope: Scope,
  lookup: { table: T; key: PgColumn; owner: Owner; orderBy?: PgColumn },
  keys: readonly number[],
): Promise<Array<InferSelectModel<T>>> {
  const { table, key, owner, orderBy } = lookup;
  const where = and(inArray(key, [...keys]), ownerInScope(owner, scope));
  const query = db
    .select()
    .from(table as PgTable)
    .where(where);
  const rows = orderBy ? await query.orderBy(asc(orderBy)) : await query;
  return rows as Array<InferSelectModel<T>>;
}
