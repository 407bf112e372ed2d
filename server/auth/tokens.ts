/**
 * Signed, expiring login tokens (JWT, HS256, via jose). The token names the user; what the user
 * may see is looked up per request, so a changed assignment takes effect at once and any instance
 * sharing the secret can check any token (the server keeps no sessions).
 */
import { errors, jwtVerify, SignJWT } from 'jose';

const issuer = 'station-monitor';

export interface TokenClaims {
  userId: number;
  /** Issued at, seconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
}

export interface Tokens {
  issue(userId: number): Promise<{ token: string; expiresAt: number }>;
  /** The claims of a valid token; null when it is malformed, forged or expired. */
  verify(token: string): Promise<TokenClaims | null>;
}

export function createTokens(secret: string, ttl: string): Tokens {
  const key = new TextEncoder().encode(secret);
  return {
    issue: async (userId) => {
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(key);
      const { exp } = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as {
        exp: number;
      };
      return { token, expiresAt: exp };
    },
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, algorithms: ['HS256'] });
        const userId = Number(payload.sub);
        if (!Number.isInteger(userId) || payload.iat == null || payload.exp == null) return null;
        return { userId, issuedAt: payload.iat, expiresAt: payload.exp };
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
