/**
 * Chigang's findings, word for word: every numbered item of the report's 二（三）–二（九) and its
 * two closing recommendations (51), and the three cases of one concern to follow up, as
 * transcribed in `reference/chigang-findings.json` (how they were counted is in its `howCounted`).
 * Parsed with zod so a damaged copy fails loudly at start.
 */
import { z } from 'zod';
import { FINDING_KINDS, PARTIES, POLARITIES } from '../db/tables.ts';
import raw from './reference/chigang-findings.json' with { type: 'json' };

const findingSchema = z.object({
  id: z.string().regex(/^F\d{2}$/),
  line: z.number().int().positive(),
  section: z.string(),
  sectionTitle: z.string(),
  number: z.string().nullable(),
  party: z.enum(PARTIES),
  dimension: z.string(),
  dimensionInferred: z.boolean().optional(),
  dimensionHow: z.string().optional(),
  polarity: z.enum(POLARITIES),
  kind: z.enum(FINDING_KINDS),
  area: z.enum(['A', 'B', 'C']).nullable(),
  case: z.string().nullable(),
  textZh: z.string().min(1),
  verbatim: z.literal(true),
  partOf: z.string().optional(),
  note: z.string().optional(),
});

const fileSchema = z.object({
  counts: z.object({ items: z.number(), entries: z.number() }),
  findings: z.array(findingSchema),
});

export type ChigangFinding = z.infer<typeof findingSchema>;

const parsed = fileSchema.parse(raw);
if (parsed.findings.length !== parsed.counts.entries)
  throw new Error(
    `chigang-findings.json: ${parsed.findings.length} entries, counts say ${parsed.counts.entries}`,
  );

/** In report order. */
export const chigangFindings: readonly ChigangFinding[] = parsed.findings;

/** How a value of the entry was worked out rather than printed, when one was. */
export function findingNote(f: ChigangFinding): string | null {
  const parts = [f.dimensionInferred ? `dimension inferred: ${f.dimensionHow ?? ''}` : null, f.note ?? null];
  return parts.filter(Boolean).join(' ') || null;
}
