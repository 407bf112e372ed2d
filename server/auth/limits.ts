/**
 * Rate limits (rate-limiter-flexible, in memory: each instance counts its own clients, which a
 * load balancer spreading clients evenly keeps close to the configured rate).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimiter {
  /**
   * Seconds to wait before another attempt for this username from this address (0: go ahead).
   * Only the pair, or an address trying many names, is ever refused: never a username as such, so
   * nobody can lock a user out by failing on their name from elsewhere.
   */
  retryAfter(username: string, ip: string): Promise<number>;
  /** How long to hold this attempt back, in ms: failures for the username from anywhere slow it down. */
  slowDownMs(username: string): Promise<number>;
  fail(username: string, ip: string): Promise<void>;
  succeed(username: string, ip: string): Promise<void>;
}

/** An address may fail this many times `attempts` across all names (a shared office NAT) before it is refused. */
const perAddressFactor = 10;
/** The slow-down per failure beyond `attempts` for one username, and its cap. */
const slowDownStepMs = 250;
const slowDownMaxMs = 3_000;

/**
 * Failed logins per 15 minutes: `attempts` per (username, address), then that pair is refused;
 * 10 × `attempts` per address across names; per username (from any address) only a slow-down.
 */
export function createLoginLimiter(attempts: number): LoginLimiter {
  const window = { duration: 15 * 60 };
  const byPair = new RateLimiterMemory({ keyPrefix: 'login-pair', points: attempts, ...window });
  const byIp = new RateLimiterMemory({
    keyPrefix: 'login-ip',
    points: attempts * perAddressFactor,
    ...window,
  });
  // Counts only: its points are never "used up" (a refusal per username is what this avoids).
  const byName = new RateLimiterMemory({
    keyPrefix: 'login-user',
    points: Number.MAX_SAFE_INTEGER,
    ...window,
  });
  const pair = (username: string, ip: string) => `${ip}\u0000${username}`;
  const wait = (res: RateLimiterRes | null) =>
    res && res.remainingPoints <= 0 ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  return {
    retryAfter: async (username, ip) =>
      Math.max(wait(await byPair.get(pair(username, ip))), wait(await byIp.get(ip))),
    slowDownMs: async (username) => {
      const failures = (await byName.get(username))?.consumedPoints ?? 0;
      return Math.min(slowDownMaxMs, Math.max(0, failures - attempts + 1) * slowDownStepMs);
    },
    fail: async (username, ip) => {
      await Promise.all([byPair.penalty(pair(username, ip)), byIp.penalty(ip), byName.penalty(username)]);
    },
    succeed: async (username, ip) => {
      await byPair.delete(pair(username, ip));
    },
  };
}

export interface RequestLimiter {
  /** Seconds to wait when the client is over its rate; 0 when the request may go ahead. */
  take(ip: string): Promise<number>;
}

/** Requests per minute per client address; `perMinute` 0 turns the limit off. */
export function createRequestLimiter(perMinute: number): RequestLimiter {
  if (perMinute === 0) return { take: async () => 0 };
  const limiter = new RateLimiterMemory({ keyPrefix: 'graphql', points: perMinute, duration: 60 });
  return {
    take: async (ip) => {
      try {
        await limiter.consume(ip);
        return 0;
      } catch (res) {
        if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw res;
      }
    },
  };
}
