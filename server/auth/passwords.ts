/** Password hashing with argon2id (the library's defaults: 64 MiB, 3 passes). */
import argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A hash of nothing anyone knows, verified against when a username is unknown, so both cost the same. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  const against = hash ?? (await (decoy ??= hashPassword(crypto.randomUUID())));
  try {
    return (await argon2.verify(against, password)) && hash !== null;
  } catch {
    return false;
  }
}
