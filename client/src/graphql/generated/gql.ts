/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      streetZh\n      isDemo\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          target\n          actual\n          completionRate\n          expectedRate\n          status\n        }\n        staffing {\n          stabilityRate\n        }\n        evaluations {\n          stage\n          total\n          grade\n        }\n      }\n    }\n  }\n}": typeof types.DistrictOverviewDocument,
    "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    code\n    nameZh\n    nameEn\n    isDemo\n    operator\n    purchaser\n    district {\n      code\n      nameZh\n      nameEn\n    }\n    areas {\n      code\n      label\n    }\n    contracts {\n      year\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        target\n        actual\n        completionRate\n        expectedRate\n        status\n        gap\n      }\n      staffing {\n        stabilityRate\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        stage\n        date\n        total\n        grade\n        satisfactionRate\n      }\n      indicatorStatuses {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          unitEn\n          feed\n        }\n        area {\n          code\n          label\n        }\n        asOf\n        target\n        actual\n        completionRate\n        expectedRate\n        paceRatio\n        status\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}": typeof types.StationContractDocument,
};
const documents: Documents = {
    "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      streetZh\n      isDemo\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          target\n          actual\n          completionRate\n          expectedRate\n          status\n        }\n        staffing {\n          stabilityRate\n        }\n        evaluations {\n          stage\n          total\n          grade\n        }\n      }\n    }\n  }\n}": types.DistrictOverviewDocument,
    "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    code\n    nameZh\n    nameEn\n    isDemo\n    operator\n    purchaser\n    district {\n      code\n      nameZh\n      nameEn\n    }\n    areas {\n      code\n      label\n    }\n    contracts {\n      year\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        target\n        actual\n        completionRate\n        expectedRate\n        status\n        gap\n      }\n      staffing {\n        stabilityRate\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        stage\n        date\n        total\n        grade\n        satisfactionRate\n      }\n      indicatorStatuses {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          unitEn\n          feed\n        }\n        area {\n          code\n          label\n        }\n        asOf\n        target\n        actual\n        completionRate\n        expectedRate\n        paceRatio\n        status\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}": types.StationContractDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      streetZh\n      isDemo\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          target\n          actual\n          completionRate\n          expectedRate\n          status\n        }\n        staffing {\n          stabilityRate\n        }\n        evaluations {\n          stage\n          total\n          grade\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    code\n    nameZh\n    nameEn\n    isDemo\n    operator\n    purchaser\n    district {\n      code\n      nameZh\n      nameEn\n    }\n    areas {\n      code\n      label\n    }\n    contracts {\n      year\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        target\n        actual\n        completionRate\n        expectedRate\n        status\n        gap\n      }\n      staffing {\n        stabilityRate\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        stage\n        date\n        total\n        grade\n        satisfactionRate\n      }\n      indicatorStatuses {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          unitEn\n          feed\n        }\n        area {\n          code\n          label\n        }\n        asOf\n        target\n        actual\n        completionRate\n        expectedRate\n        paceRatio\n        status\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}"): typeof import('./graphql').StationContractDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
