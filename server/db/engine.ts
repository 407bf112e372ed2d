/**
 * The database engine of this process, fixed at start: PostgreSQL when DATABASE_URL names one
 * (`postgres://…`), otherwise the embedded SQLite file (DATABASE_PATH). The tables each engine
 * builds differ (`schema.ts` picks them), so one process serves one engine.
 */
export type Engine = 'sqlite' | 'pg';

export const isPostgresUrl = (url: string | undefined): url is string =>
  /^postgres(ql)?:\/\//.test(url ?? '');

export const engine: Engine = isPostgresUrl(process.env.DATABASE_URL) ? 'pg' : 'sqlite';
