/**
 * The stations a caller may see. Every service function takes a scope and applies it in SQL, so
 * that access control (filled from the login) has one place to plug in and no path around it.
 */
import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { contracts } from '../db/schema.ts';

export type Scope = { kind: 'all' } | { kind: 'stations'; stationIds: readonly number[] };

export const fullScope: Scope = { kind: 'all' };

/** Condition on a station id column; undefined (no condition) for the full scope. */
export function stationInScope(stationId: SQLWrapper, scope: Scope): SQL | undefined {
  return scope.kind === 'all' ? undefined : inArray(stationId as never, [...scope.stationIds]);
}

/** Condition on a contract id column: the contract's station must be in scope. */
export function contractInScope(contractId: SQLWrapper, scope: Scope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const ids = sql.join(
    scope.stationIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return sql`${contractId} in (select ${contracts.id} from ${contracts} where ${contracts.stationId} in (${ids}))`;
}
