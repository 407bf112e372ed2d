/**
 * Changes to users, made by the operator's command line (`npm run users`): each in one
 * transaction with its audit entry, which names who ran it (`cli:` and the system user) and the
 * district it concerns, and ends the user's sessions when their password changes.
 */
import { userInfo } from 'node:os';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import { appError } from '../errors.ts';
import { appendAudit } from '../services/audit.ts';
import { answersChanged } from '../services/versions.ts';
import { createUser, districtOfUser, revokeTokens, userByUsername, type NewUser } from '../services/users.ts';

/** Who ran a command-line change, as the audit trail names them. */
export const cliActor = (): string => `cli:${safeUserName()}`;

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Adds a user (refused, named, when the username is taken). Returns its id. */
export async function addUser(db: Db, user: NewUser, actor = cliActor()): Promise<number> {
  return db.transaction(async (tx) => {
    if (await userByUsername(tx, user.username)) throw appError('user/exists', { username: user.username });
    const id = await createUser(tx, user);
    const created = (await tx.select().from(users).where(eq(users.id, id)))[0]!;
    await appendAudit(tx, {
      username: actor,
      action: 'user.add',
      entity: 'user',
      entityId: String(id),
      districtId: await districtOfUser(tx, created),
      after: { username: user.username, role: user.role, displayName: user.displayName },
    });
    await answersChanged(tx, { users: true });
    return id;
  });
}

/** Sets a user's password, takes it out of the demo users and ends every session it has. */
export async function setPassword(db: Db, username: string, passwordHash: string, actor = cliActor()) {
  return db.transaction(async (tx) => {
    const user = await userByUsername(tx, username);
    if (!user) throw appError('user/unknown', { username });
    const at = new Date().toISOString();
    await tx.update(users).set({ passwordHash, isDemo: false }).where(eq(users.id, user.id));
    await revokeTokens(tx, user.id, at);
    await appendAudit(tx, {
      at,
      username: actor,
      action: 'user.password',
      entity: 'user',
      entityId: String(user.id),
      districtId: await districtOfUser(tx, user),
    });
    // The login page's demo list (the user is no longer one) and `me`.
    await answersChanged(tx, { users: true });
  });
}
