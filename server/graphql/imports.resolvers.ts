import { flagKey } from '../import/index.ts';
import { importTable } from '../commands/importTable.ts';
import { importHistory, reportFile, tableFile } from '../read/imports.ts';
import { page, pageOf } from '../read/page.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export const importResolvers: Resolvers = {
  Query: {
    tableFile: (_, { stationCode, year, layout, format }, { read }) =>
      tableFile(read, stationCode, year, lower(layout), lower(format)),
    importHistory: async (_, { stationCode, year }, { read }) =>
      (await importHistory(read, stationCode, year)).map((f) => ({ ...f, layout: upperCase(f.layout) })),
  },
  Mutation: {
    importTable: (_, { input }, { read, auth, bodyPart }) =>
      importTable(read, auth.ip, input, bodyPart(input.contentBase64)),
  },
  Contract: {
    reportFile: (c, { lang, asOf }, { read }) => reportFile(read, c, lang, asOf),
  },
  ImportCells: {
    ignoredCells: (c, { limit, offset }) => pageOf(c.ignoredCells, page(limit, offset)),
  },
  ImportedValue: {
    indicator: async (v, _, { read }) =>
      (await read.loaders.indicatorDefinitions()).find((d) => d.code === v.indicatorCode) ?? null,
  },
  ImportResult: {
    layout: (r) => upperCase(r.layout),
    source: (r) => ({ ...r.source, format: r.source.format ? upperCase(r.source.format) : null }),
    statedPeriodStart: (r) => r.statedPeriod?.start ?? null,
    statedPeriodEnd: (r) => r.statedPeriod?.end ?? null,
    values: (r, { limit, offset }) =>
      pageOf(r.values, page(limit, offset)).map(({ indicator, area, ...v }) => ({
        ...v,
        indicatorCode: indicator,
        areaCode: area,
      })),
    valueCount: (r) => r.values.length,
    staffCount: (r) => r.staff,
    problems: (r, { limit, offset }) =>
      pageOf(
        [...r.problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error')),
        page(limit, offset),
      ).map((p) => ({ ...p, severity: upperCase(p.severity), messageZh: p.message, messageEn: p.messageEn })),
    problemCount: (r) => r.problems.length,
    errorCount: (r) => r.problems.filter((p) => p.severity === 'error').length,
    flags: (r) =>
      r.flags.map((f) => ({
        ...f,
        key: flagKey(f),
        indicatorCode: f.indicator,
        areaCode: f.area,
        messageZh: f.message,
        suggestionZh: f.suggestionText,
        suggestionEn: f.suggestionTextEn,
      })),
  },
};
