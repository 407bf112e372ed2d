/**
 * Rate limits (rate-limiter-flexible, in memory: each instance counts its own clients, which a
 * load balancer spreading clients evenly keeps close to the configured rate).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimiter {
  /** Seconds to wait before another attempt for this username from this address (0: go ahead). */
  retryAfter(username: string, ip: string): Promise<number>;
  fail(username: string, ip: string): Promise<void>;
  succeed(username: string, ip: string): Promise<void>;
}

/** Failed logins per 15 minutes, counted per address and per username. */
export function createLoginLimiter(attempts: number): LoginLimiter {
  const byIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: attempts, duration: 15 * 60 });
  const byName = new RateLimiterMemory({ keyPrefix: 'login-user', points: attempts, duration: 15 * 60 });
  const wait = (res: RateLimiterRes | null) =>
    res && res.remainingPoints <= 0 ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  return {
    retryAfter: async (username, ip) => Math.max(wait(await byIp.get(ip)), wait(await byName.get(username))),
    fail: async (username, ip) => {
      await Promise.all([byIp.penalty(ip), byName.penalty(username)]);
    },
    succeed: async (username) => {
      await byName.delete(username);
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
