/**
 * What one GraphQL document may ask for: depth, aliases, tokens and directives (graphql-armor),
 * and an estimated cost that multiplies by list sizes (graphql-query-complexity), so a nested or
 * aliased query that would build millions of objects is refused before anything runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { appError } from '../errors.ts';
import { maxPageSize } from '../read/page.ts';

export type QueryLimits = {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
};

export const queryLimits: QueryLimits = {
  depth: 10,
  aliases: 15,
  tokens: 4000,
  directives: 10,
  /** Estimated objects and fields one response may hold. */
  cost: 250_000,
};

/** Typical sizes of lists, by `Type.field`; other lists count 20, and a `limit` argument counts as given. */
const listSizes: Record<string, number> = {
  'Query.districts': 20,
  'District.stations': 60,
  'District.years': 10,
  'Station.contracts': 10,
  'Station.areas': 5,
  'Contract.indicatorStatuses': 100,
  'QuarterProgress.items': 100,
  'ResourceSummary.records': 300,
  'ResourceSummary.monthly': 12,
  'StaffingSummary.monthly': 12,
  'StaffingSummary.staff': 40,
  'StaffingSummary.complianceIssues': 100,
  'VolunteerSummary.monthly': 12,
  'Evaluation.findings': 60,
};

/**
 * Fields that cost far more than the objects they return, by `Type.field`: a chart drawn on the
 * server takes tens of milliseconds, so one document may draw two at most.
 */
const fieldCosts: Record<string, number> = {
  'District.completionChart': 100_000,
};

const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fixed = fieldCosts[`${type.name}.${field.name}`];
  if (fixed != null) return fixed + childComplexity;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  // A `limit` that `page()` refuses (outside 1 … 500, fractional) is refused only when its field
  // runs, perhaps after others (charts) have: it counts as the largest page, never as less.
  const asked = args.limit;
  const valid = typeof asked === 'number' && Number.isInteger(asked) && asked >= 1 && asked <= maxPageSize;
  const limit = typeof asked === 'number' ? (valid ? asked : maxPageSize) : null;
  const size =
    limit ??
    listSizes[`${type.name}.${field.name}`] ??
    (getNamedType(field.type).name === 'IndicatorStatus' ? maxPageSize : 20);
  return size * (1 + childComplexity);
};

/** A document's estimated cost: objects and fields, each list counted at its typical or asked size. */
export function documentCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listEstimator] });
}

/** A variable of the wrong type or missing, naming its field (`input.value`) for a form to show it. */
function variableError(whole: string) {
  // graphql-js echoes the value sent, however long: the patterns read a bounded message, and none
  // of them can backtrack over it (`got invalid value .* at` took seconds on 100 kB of value).
  const message = whole.slice(0, 4000);
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type "[^"]{1,200}" was not provided/.exec(message)?.[1];
  const at = message.includes('got invalid value ')
    ? [...message.matchAll(/ at "([\w.[\]]{1,200})"/g)].at(-1)?.[1]
    : undefined;
  const field = at ?? (variable && missing ? `${variable}.${missing}` : '');
  if (missing || /not to be null/.test(message)) return appError('input/required', { field });
  return appError('input/bad_variable', { field, detail: message.slice(0, 300) });
}

/** Refuses a document whose estimated cost exceeds the limit, before it is executed. */
function costPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, schema, operation }) => {
        // No operation by that name: Apollo refuses the request itself (`Unknown operation`).
        if (!operation) return;
        let cost: number;
        try {
          cost = documentCost(schema, document, request.variables ?? {}, operation.name?.value);
        } catch (error) {
          // The estimator coerces the variables first: a value of the wrong type fails here.
          if (!(error instanceof GraphQLError)) throw error;
          throw variableError(error.message);
        }
        if (cost > maxCost) {
          throw appError('limit/cost', { cost: String(cost), limit: String(maxCost) });
        }
      },
    }),
  };
}

export function documentLimits(limits: QueryLimits = queryLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth },
    maxAliases: { n: limits.aliases },
    // graphql-js's own parser option counts tokens instead (see `parseOptions`): armor's counts
    // them in a plugin hook, where a refusal becomes a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.directives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    plugins: [...protection.plugins, costPlugin(limits.cost)],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.tokens },
  };
}

/** graphql-armor's refusals, by the wording of its messages, as our codes. */
export function armorErrorCode(
  message: string,
): { code: 'limit/depth' | 'limit/aliases' | 'limit/tokens' | 'limit/directives'; limit: string } | null {
  const patterns = [
    [/depth limit of (\d+)/i, 'limit/depth'],
    [/aliases limit of (\d+)/i, 'limit/aliases'],
    [/token limit of (\d+)/i, 'limit/tokens'],
    [/more tha[nt] (\d+) tokens/i, 'limit/tokens'],
    [/directives limit of (\d+)/i, 'limit/directives'],
  ] as const;
  for (const [pattern, code] of patterns) {
    const match = pattern.exec(message);
    if (match) return { code, limit: match[1] ?? '' };
  }
  return null;
}
