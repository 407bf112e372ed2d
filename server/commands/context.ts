/**
 * What every command of the write pipeline runs with (the database, who asks, the server's today),
 * and the first step of those that write a station's data: the station, in scope, the step allowed
 * to the viewer, and locked for the transaction.
 */
import { and, eq } from 'drizzle-orm';
import { authorize, type Action } from '../auth/authorize.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Db } from '../db/client.ts';
import { stationLock } from '../db/dialect.ts';
import * as t from '../db/schema.ts';
import { appError } from '../errors.ts';
import { stationInScope, type Scope } from '../services/scope.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface CommandContext {
  db: Db;
  scope: Scope;
  viewer: Viewer;
  ip: string | null;
  /** The server's today: nothing is entered for a month (or a date) after it. */
  today: string;
}

/**
 * The station a command writes to: one outside the viewer's scope is unknown
 * (`import/unknown_station`), one the viewer may not do `action` at is `auth/forbidden`. Locked
 * before anything is read for the checks, so that a concurrent writer of the station goes first.
 */
export async function stationToWrite(
  tx: Tx,
  c: CommandContext,
  stationCode: string,
  action: Action,
): Promise<t.StationRow> {
  const station = (
    await tx
      .select()
      .from(t.stations)
      .where(and(eq(t.stations.code, stationCode), stationInScope(t.stations.id, c.scope)))
  )[0];
  if (!station) throw appError('import/unknown_station', { value: stationCode });
  if (!authorize(c.viewer, action, station)) throw appError('auth/forbidden');
  await stationLock(tx, station.id);
  return station;
}

/** Who a command's audit entry names: the user (id and username), or the system. */
export function actorOf(c: CommandContext): { userId: number | null; username: string } {
  return c.viewer.kind === 'user'
    ? { userId: c.viewer.id, username: c.viewer.username }
    : { userId: null, username: 'system' };
}
