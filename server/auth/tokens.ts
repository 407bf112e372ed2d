/**
 * Signed, expiring login tokens (JWT, HS256, via jose). The token names the user; what the user
 * may see is looked up per request, so a changed assignment takes effect at once and any instance
 * sharing the secret can check any token (the server keeps no sessions).
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';

const issuer = 'station-monitor';

export interface TokenClaims {
  userId: number;
  /**
   * Issued at, milliseconds since the epoch (the `iat_ms` claim): a logout and a login within the
   * same second must still tell the tokens before it from the ones after.
   */
  issuedAtMs: number;
  expiresAt: number;
}

export interface Tokens {
  issue(userId: number): Promise<{ token: string; expiresAt: number }>;
  /** The claims of a valid token; null when it is malformed, forged or expired. */
  verify(token: string): Promise<TokenClaims | null>;
}

/** Tokens whose signature was checked, remembered (a dashboard sends the same one with every request). */
const maxRemembered = 10_000;

export function createTokens(secret: string, ttl: string): Tokens {
  // Imported once: given the secret's bytes, jose would import them again for every token.
  const key = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  // A secret it refuses fails the first issue or verify, not the process before either.
  key.catch(() => undefined);
  const verified = new LRUCache<string, TokenClaims>({ max: maxRemembered });
  return {
    issue: async (userId) => {
      const token = await new SignJWT({ iat_ms: Date.now() })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(await key);
      const { exp } = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as {
        exp: number;
      };
      return { token, expiresAt: exp };
    },
    verify: async (token) => {
      // Only tokens that passed the check are remembered, by their exact text, until they expire;
      // whether the user has logged out since is looked up per request (auth/viewer.ts).
      const known = verified.get(token);
      if (known) return known.expiresAt * 1000 > Date.now() ? known : null;
      try {
        const { payload } = await jwtVerify(token, await key, { issuer, algorithms: ['HS256'] });
        const userId = Number(payload.sub);
        if (!Number.isInteger(userId) || payload.iat == null || payload.exp == null) return null;
        const issuedAtMs = typeof payload.iat_ms === 'number' ? payload.iat_ms : payload.iat * 1000;
        const claims = { userId, issuedAtMs, expiresAt: payload.exp };
        verified.set(token, claims);
        return claims;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
