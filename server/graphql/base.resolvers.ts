import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate, minDate } from '../domain/dates.ts';
import { appError } from '../errors.ts';
import { listIndicatorDefinitions } from '../services/indicators.ts';
import { districtByCode, listDistricts, stationByCode } from '../services/stations.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw appError('input/bad_date', { field: 'Date', value: String(value) });
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The date a contract's figures are taken on: the one asked for, else today capped at the contract end. */
export function resolveAsOf(
  asked: string | null | undefined,
  contract: { end: string },
  today: string,
): string {
  return asked ?? minDate(today, contract.end);
}

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    districts: (_, __, { db, scope }) => listDistricts(db, scope),
    district: (_, { code }, { db, scope }) => districtByCode(db, scope, code),
    station: (_, { code }, { db, scope }) => stationByCode(db, scope, code),
    indicatorDefinitions: (_, __, { db }) => listIndicatorDefinitions(db),
  },
};
