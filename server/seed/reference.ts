/**
 * The published evaluation of Chigang station 2023–2024, as transcribed in
 * `reference/chigang-2023-2024.json`. Parsed with zod so a damaged copy fails loudly at start.
 */
import { z } from 'zod';
import raw from './reference/chigang-2023-2024.json' with { type: 'json' };

/** [target, actual, printed rate] */
const figure = z.tuple([z.number(), z.number(), z.string()]);

const referenceSchema = z.object({
  district: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), cityZh: z.string() }),
  haizhuStreets: z.array(z.string()).length(18),
  station: z.object({
    code: z.string(),
    nameZh: z.string(),
    streetZh: z.string(),
    address: z.string(),
    operatingSince: z.string(),
    operator: z.string(),
    purchaser: z.string(),
    communityCount: z.number(),
    residentPopulation: z.number(),
    supervisor: z.string(),
    evaluator: z.string(),
  }),
  contract: z.object({
    serviceYear: z.number(),
    start: z.string(),
    end: z.string(),
    budgetYuan: z.number(),
    contractedPositions: z.number(),
  }),
  areas: z.array(
    z.object({
      code: z.string(),
      annexLabel: z.string(),
      socialWorkers: z.number(),
      communities: z.array(z.string()),
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      unit: z.string(),
      byArea: z.record(z.string(), figure).optional(),
      total: figure,
      printedActual: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  staffing: z.object({
    averageHeadcount: z.number(),
    certified: z.object({ intermediate: z.number(), assistant: z.number(), none: z.number() }),
    expectedPersonMonths: z.number(),
    actualPersonMonths: z.number(),
    practiceTwoYearsOrMore: z.number(),
    continuouslyInPost: z.number(),
    statedRates: z.object({
      certified: z.string(),
      practiceTwoYearsOrMore: z.string(),
      stability: z.string(),
    }),
    /** The attendance annex's monthly totals, June … May. */
    monthlyFromAnnex2: z.object({
      months: z.array(z.string()).length(12),
      inPost: z.array(z.number()).length(12),
      insured: z.array(z.number()).length(12),
    }),
  }),
  reach: z.object({
    registeredHouseholds: z.number(),
    registeredPersons: z.number(),
    visitedHouseholds: z.number(),
    personsServedByVisits: z.number(),
    residentsServed: z.number(),
  }),
  volunteersFromSystemCheck: z.object({
    newVolunteers: z.number(),
    newBackbone: z.number(),
    newTeams: z.array(z.string()),
    activeTeams: z.number(),
    note: z.string(),
  }),
  satisfaction: z.object({ sampled: z.number(), rate: z.number() }),
  evaluation: z.object({
    stage: z.literal('final'),
    date: z.string(),
    total: z.number(),
    grade: z.string(),
    weights: z.record(z.string(), z.number()),
    gradeBands: z.array(z.object({ grade: z.string(), min: z.number() })),
  }),
  findings: z.object({ dimensions: z.array(z.string()) }),
  knownDiscrepancies: z.array(z.string()),
});

export type ChigangReference = z.infer<typeof referenceSchema>;

export const chigangReference: ChigangReference = referenceSchema.parse(raw);
