/**
 * The built dashboard: hashed assets cached for a year and sent as the brotli or gzip file the
 * build wrote beside each (client/vite.config.ts), the page itself revalidated every time, any
 * unknown GET path answered with the page (the client's router shows it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';

export function serveClient(app: Express, clientDist: string, logger: Logger): void {
  if (!existsSync(clientDist)) {
    logger.warn({ clientDist }, 'client is not built: run `npm run build` to serve the dashboard');
    return;
  }
  app.use(
    '/assets',
    expressStaticGzip(resolve(clientDist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, immutable: true, maxAge: '365d', fallthrough: false },
    }),
  );
  app.use(express.static(clientDist, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|healthz|assets\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(resolve(clientDist, 'index.html'));
  });
}
