/** Individual resource links of contracts. */
import { resourceLinks } from '../db/schema.ts';

export type ResourceLinkRow = typeof resourceLinks.$inferSelect;

/** The scoped lookups of this module (see `rowsByKeys`). */
export const resourceLookups = {
  linksByContract: {
    table: resourceLinks,
    key: resourceLinks.contractId,
    owner: { contract: resourceLinks.contractId },
    orderBy: resourceLinks.date,
  },
} as const;
