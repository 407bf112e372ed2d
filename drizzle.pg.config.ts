import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, generated from the same tables by `npm run db:generate` and committed
// (the server runs on it when DATABASE_URL names a PostgreSQL database).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.pg.ts',
  out: './drizzle-pg',
});
