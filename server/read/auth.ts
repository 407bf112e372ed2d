/**
 * Logging in and out, and reading the audit trail. Every login, failed or not, is audited; a
 * failed one costs the same whether or not the username exists, and repeated failures from one
 * address or for one username are refused for a while.
 */
import { authorize } from '../auth/authorize.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { scopeOf, type UserViewer, type Viewer } from '../auth/viewer.ts';
import { appError } from '../errors.ts';
import { appendAudit, listAudit, type AuditFilter } from '../services/audit.ts';
import { demoUsers, districtOfUser, revokeTokens, userById, userByUsername } from '../services/users.ts';
import type { AuthServices } from './reader.ts';
import type { Reader } from './reader.ts';

export async function login(r: Reader, auth: AuthServices, username: string, password: string) {
  const { db } = r;
  const name = username.trim().slice(0, 100);
  const wait = await auth.loginLimiter.retryAfter(name, auth.ip);
  if (wait > 0) throw appError('auth/too_many_logins', { seconds: String(wait) });
  const user = await userByUsername(db, name);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  const districtId = user ? await districtOfUser(db, user) : null;
  const entry = {
    userId: user?.id ?? null,
    username: name,
    entity: 'user',
    entityId: user ? String(user.id) : null,
  };
  if (!ok || !user) {
    await auth.loginLimiter.fail(name, auth.ip);
    await db.transaction(
      async (tx) => await appendAudit(tx, { ...entry, action: 'login.failure', districtId, ip: auth.ip }),
    );
    throw appError('auth/bad_credentials');
  }
  await auth.loginLimiter.succeed(name, auth.ip);
  await db.transaction(
    async (tx) => await appendAudit(tx, { ...entry, action: 'login.success', districtId, ip: auth.ip }),
  );
  const { token, expiresAt } = await auth.tokens.issue(user.id);
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString(), user };
}

/** Ends every session of the viewer: tokens issued before now stop working. */
export async function logout(r: Reader, auth: AuthServices): Promise<boolean> {
  const viewer = requireUser(r.viewer);
  const user = await userById(r.db, viewer.id);
  const at = new Date().toISOString();
  const districtId = user ? await districtOfUser(r.db, user) : null;
  await r.db.transaction(async (tx) => {
    await revokeTokens(tx, viewer.id, at);
    await appendAudit(tx, {
      at,
      userId: viewer.id,
      username: viewer.username,
      action: 'logout',
      districtId,
      ip: auth.ip,
    });
  });
  return true;
}

export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== 'user') throw appError('auth/unauthenticated');
  return viewer;
}

/** The audit trail of the bureau's district, newest first. */
export async function auditLog(r: Reader, filter: AuditFilter) {
  const viewer = requireUser(r.viewer);
  if (!authorize(viewer, 'audit:read', null)) throw appError('auth/forbidden');
  return listAudit(r.db, scopeOf(viewer), filter);
}

/** The demo users' names, for a demo installation's login page. */
export async function demoLogins(r: Reader): Promise<string[]> {
  return (await demoUsers(r.db)).map((u) => u.username);
}
