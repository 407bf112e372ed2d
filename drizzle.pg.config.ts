import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, generated from the same tables by `npm run db:generate` and committed
// (the server does not run on PostgreSQL yet: docs/postgres-plan.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.pg.ts',
  out: './drizzle-pg',
});
