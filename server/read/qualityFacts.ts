/**
 * What the data-quality rules of one contract look at (`quality.ts` gathers it; the rules in
 * `quality.ts` and `qualitySources.ts` read it), apart so that neither imports the other.
 */
import type { ContractRow, IndicatorDefinitionRow, ServiceAreaRow, StationRow } from '../db/schema.ts';
import type { Bilingual } from '../domain/labels.ts';
import type { FigureSource, QualityFinding } from '../domain/quality.ts';
import type { ActualSum } from '../services/indicators.ts';
import type { QualityFacts } from '../services/quality.ts';

/** What the rules of one contract look at, with lookups by indicator and area. */
export interface ContractFacts {
  station: StationRow;
  contract: ContractRow;
  asOf: string;
  definitions: readonly IndicatorDefinitionRow[];
  areas: readonly ServiceAreaRow[];
  /** This contract's rows of each kind of fact. */
  facts: { [K in keyof QualityFacts]: QualityFacts[K] };
  /** Actuals as of `asOf`, known figures only (no year total still running). */
  actuals: readonly ActualSum[];
  target(indicatorId: number, areaId: number | null): number | undefined;
  areaCode(areaId: number | null): string | null;
  name(indicator: IndicatorDefinitionRow, areaId: number | null): Bilingual;
  /** Where an indicator's figures come from: its document, else the station's monthly reports. */
  sourceOf(indicatorId: number): FigureSource;
  /** Where its targets come from: the table that prints them, else the contract. */
  targetSourceOf(indicatorId: number): FigureSource;
}

export type Push = (
  finding: QualityFinding | null,
  indicator?: IndicatorDefinitionRow | null,
  areaId?: number | null,
) => void;
