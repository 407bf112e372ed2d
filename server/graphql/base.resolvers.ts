import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../domain/dates.ts';
import { appError } from '../errors.ts';
import { district, districts, indicatorDefinitions, station } from '../read/stations.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw appError('input/bad_date', { field: 'Date', value: String(value) });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    districts: (_, __, { read }) => districts(read),
    district: (_, { code }, { read }) => district(read, code),
    station: (_, { code }, { read }) => station(read, code),
    indicatorDefinitions: (_, __, { read }) => indicatorDefinitions(read),
  },
};
