/**
 * Logging in and out. Every login, failed or not, is audited; a failed one costs the same whether
 * or not the username exists. Failures are counted per (username, address), which is then refused
 * for a while, and per username, which is only slowed down: a stranger failing on the bureau's
 * name elsewhere never locks the bureau out (auth/limits.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { verifyPassword } from '../auth/passwords.ts';
import { requireUser } from '../auth/viewer.ts';
import { appError } from '../errors.ts';
import type { AuthServices, Reader } from '../read/reader.ts';
import { appendAudit } from '../services/audit.ts';
import { districtOfUser, revokeTokens, userById, userByUsername } from '../services/users.ts';

export async function login(r: Reader, auth: AuthServices, username: string, password: string) {
  const { db } = r;
  const name = username.trim().slice(0, 100);
  const wait = await auth.loginLimiter.retryAfter(name, auth.ip);
  if (wait > 0) throw appError('auth/too_many_logins', { seconds: String(wait) });
  const slowDown = await auth.loginLimiter.slowDownMs(name);
  if (slowDown > 0) await sleep(slowDown);
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
