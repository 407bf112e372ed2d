/** Runtime configuration from the environment, validated once at start. */
import { z } from 'zod';
import { isIsoDate } from './domain/dates.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_PATH: z.string().min(1).default('data/station-monitor.db'),
  /** The demo's "today" for a new database; defaults to the real today. */
  DEMO_AS_OF: z.string().refine(isIsoDate, 'DEMO_AS_OF must be YYYY-MM-DD').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerConfig = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return envSchema.parse(env);
}
