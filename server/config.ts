/**
 * Runtime configuration from the environment, validated once at start. A wrong value stops the
 * server with one readable line naming the variable (`ConfigError`), never a stack trace.
 */
import { z } from 'zod';
import { isIsoDate } from './domain/dates.ts';

/** An unset or empty variable takes the default: `PORT=` means "not set", not port 0. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .transform((v) => ['true', '1', 'on'].includes(v));

const envSchema = z.object({
  NODE_ENV: optional(z.enum(['production', 'development', 'test']).default('development')),
  PORT: optional(z.coerce.number().int().min(1).max(65535).default(4000)),
  DATABASE_PATH: optional(z.string().default('data/station-monitor.db')),
  /** PostgreSQL instead of the SQLite file: `postgres://user:password@host:5432/database`. */
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL, postgres://user:password@host:5432/database')
      .optional(),
  ),
  /** The demo's "today" for a new database; defaults to the real today. */
  DEMO_AS_OF: optional(z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD').optional()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /**
   * Secret that signs login tokens. Unset: a random one made on first start and kept in the
   * database, which every instance on that database shares.
   */
  AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters').optional()),
  /** How long a login token lasts, e.g. `8h`, `30m`. */
  AUTH_TOKEN_TTL: optional(
    z
      .string()
      .regex(/^\d+[smhd]$/, 'must look like 8h, 30m or 1d')
      .default('8h'),
  ),
  /** GraphQL introspection (schema browsing by clients); on unless set off. */
  GRAPHQL_INTROSPECTION: optional(flag.default(true)),
  /** Requests per minute per client address on /graphql; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: optional(z.coerce.number().int().min(0).default(600)),
  /** Login attempts per 15 minutes per address and per username. */
  LOGIN_ATTEMPTS_PER_15_MIN: optional(z.coerce.number().int().min(1).default(10)),
  /** Longest a GraphQL request may compute, in milliseconds. */
  REQUEST_DEADLINE_MS: optional(z.coerce.number().int().min(100).default(10_000)),
  /** Express `trust proxy` (hops or `true`), so that rate limits see client addresses behind a proxy. */
  TRUST_PROXY: optional(z.string().optional()),
});

export type ServerConfig = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Configuration error: ${lines.join('; ')}`);
  }
  return parsed.data;
}
