/**
 * The token-signing secret when AUTH_SECRET is not set: made at random on first start and kept in
 * the database (`settings`), so that it survives restarts and every instance on the database signs
 * and checks with the same one. Never a string written in the repository.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { settings } from '../db/schema.ts';

const secretKey = 'auth_secret';

/** The stored secret, made now if there is none; two instances starting at once end up with the same one. */
export async function storedAuthSecret(db: Db): Promise<string> {
  return db.transaction(async (tx) => {
    const made = randomBytes(48).toString('base64url');
    await tx.insert(settings).values({ key: secretKey, value: made }).onConflictDoNothing();
    const [row] = await tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, secretKey));
    return row!.value;
  });
}
