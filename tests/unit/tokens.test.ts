/**
 * Login tokens (`server/auth/tokens.ts`): a token names its user until it expires, and nothing
 * signed with another secret or changed by hand passes, whether or not its text was seen before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokens } from '../../server/auth/tokens.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';

afterEach(() => {
  vi.useRealTimers();
});

describe('login tokens', () => {
  it('name their user, the same when checked again', async () => {
    const tokens = createTokens(secret, '8h');
    const { token, expiresAt } = await tokens.issue(42);
    const claims = await tokens.verify(token);
    expect(claims).toMatchObject({ userId: 42, expiresAt });
    expect(await tokens.verify(token)).toEqual(claims);
  });

  it('refuse a token signed with another secret, or with its claims changed', async () => {
    const tokens = createTokens(secret, '8h');
    const other = await createTokens(`${secret}-other`, '8h').issue(42);
    expect(await tokens.verify(other.token)).toBeNull();
    const { token } = await tokens.issue(42);
    await tokens.verify(token);
    const [header, , signature] = token.split('.');
    const claims = Buffer.from(
      JSON.stringify({ sub: '1', iss: 'station-monitor', iat: 1, exp: 4e9 }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${claims}.${signature}`)).toBeNull();
    expect(await tokens.verify('not-a-token')).toBeNull();
  });

  it('stop working when they expire, also a token checked (and remembered) before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
    const tokens = createTokens(secret, '1h');
    const { token } = await tokens.issue(7);
    expect(await tokens.verify(token)).not.toBeNull();
    vi.setSystemTime(new Date('2026-01-01T09:00:01Z'));
    expect(await tokens.verify(token)).toBeNull();
    // A server that never saw it refuses it too.
    expect(await createTokens(secret, '1h').verify(token)).toBeNull();
  });
});
