/**
 * A fresh, migrated PostgreSQL database for one test: a copy of the template that
 * ./pg-global.ts (the run's globalSetup) migrated once; that setup's teardown drops copies left behind.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { withAdmin } from './pgServer.ts';

export interface PgDatabase {
  /** Connection URL of the copy. */
  url: string;
  /** Drops the copy, closing any connection still open to it (end your pools first). */
  drop: () => Promise<void>;
}

/** How often a copy is tried while the template is busy (each try can take 5 s: see below). */
const ATTEMPTS = 5;

/** A copy of the migrated template, or with `empty`, a database with no tables at all (a first start). */
export async function clonePgDatabase({ empty = false }: { empty?: boolean } = {}): Promise<PgDatabase> {
  const base = inject('pgBase');
  const template = inject('pgTemplate');
  const prefix = inject('pgPrefix');
  if (!base || !template || !prefix) {
    throw new Error('No PostgreSQL template: add tests/helpers/pg-global.ts to globalSetup.');
  }
  const name = `${prefix}${randomBytes(4).toString('hex')}`;
  await withAdmin(base, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(
          `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(empty ? 'template0' : template)}`,
        );
        return;
      } catch (err) {
        // The copy needs the template idle. PostgreSQL itself waits up to 5 s for other sessions
        // to leave before this error, so each retry covers a holder that outlived that wait.
        const busy = err instanceof Error && err.message.includes('is being accessed by other users');
        if (!busy || attempt >= ATTEMPTS) throw err;
        await sleep(100 * attempt);
      }
    }
  });
  return {
    url: `${base}/${name}`,
    drop: () =>
      withAdmin(base, async (client) => {
        await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      }),
  };
}
