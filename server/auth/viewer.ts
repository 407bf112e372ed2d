/**
 * Who is asking, and what they may see. Services never receive a user row: they receive the
 * viewer's scope, and one `authorize` decides every action (`authorize.ts`).
 */
import type { Db } from '../db/client.ts';
import { appError } from '../errors.ts';
import type { ROLES } from '../db/schema.ts';
import type { Scope } from '../services/scope.ts';
import type { UserRow } from '../db/schema.ts';
import { regionWithDistricts } from '../services/regions.ts';
import { supervisedStationIds, userById } from '../services/users.ts';
import type { Tokens } from './tokens.ts';

export type Role = (typeof ROLES)[number];

export interface UserViewer {
  kind: 'user';
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** BUREAU: its district. */
  districtId: number | null;
  /** REGION: its region, and the region's path (`/cn/guangdong/`), which its scope follows. */
  regionId: number | null;
  regionPath: string | null;
  /** The districts seen whole: a BUREAU its own, a REGION every district of its region. */
  districtIds: readonly number[];
  /** PURCHASER and STATION: their station; SUPERVISOR: the assigned ones. */
  stationIds: readonly number[];
}

export type Viewer =
  | { kind: 'anonymous' }
  /** The server's own work (seeding, command-line tools, benchmarks): everything, no login. */
  | { kind: 'system' }
  | UserViewer;

export const anonymous: Viewer = { kind: 'anonymous' };

/** The viewer as a logged-in user, or `auth/unauthenticated`. */
export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== 'user') throw appError('auth/unauthenticated');
  return viewer;
}
export const system: Viewer = { kind: 'system' };

/**
 * What the viewer may see: a BUREAU its district, a REGION its region's districts, the others
 * their stations, anonymous nothing.
 */
export function scopeOf(viewer: Viewer): Scope {
  if (viewer.kind === 'anonymous') return { kind: 'stations', stationIds: [] };
  if (viewer.kind === 'system') return { kind: 'all' };
  if (viewer.role === 'REGION')
    return { kind: 'regions', paths: viewer.regionPath ? [viewer.regionPath] : [] };
  if (viewer.role === 'BUREAU') return { kind: 'districts', districtIds: viewer.districtIds };
  return { kind: 'stations', stationIds: viewer.stationIds };
}

/**
 * The viewer of a request from its `Authorization: Bearer` header: anonymous without one, null
 * when the token is invalid, expired, issued before the user logged out, or names no user.
 */
export async function viewerFromHeader(
  db: Db,
  tokens: Tokens,
  header: string | undefined,
): Promise<Viewer | null> {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const claims = match?.[1] ? await tokens.verify(match[1]) : null;
  if (!claims) return null;
  const user = await userById(db, claims.userId);
  if (!user) return null;
  if (user.tokensValidAfter && claims.issuedAtMs < Date.parse(user.tokensValidAfter)) return null;
  return userViewer(db, user);
}

/** A user row as the viewer it logs in as. */
export async function userViewer(db: Db, user: UserRow): Promise<UserViewer> {
  const stationIds =
    user.role === 'SUPERVISOR'
      ? await supervisedStationIds(db, user.id)
      : user.stationId != null
        ? [user.stationId]
        : [];
  const region =
    user.role === 'REGION' && user.regionId != null ? await regionWithDistricts(db, user.regionId) : null;
  const districtIds = region
    ? region.districtIds
    : user.role === 'BUREAU' && user.districtId != null
      ? [user.districtId]
      : [];
  const { id, username, displayName, role, districtId, regionId } = user;
  const regionPath = region?.path ?? null;
  return {
    kind: 'user',
    id,
    username,
    displayName,
    role,
    districtId,
    regionId,
    regionPath,
    districtIds,
    stationIds,
  };
}
