/** Every page of the dashboard a bureau user reaches, with a year and filters that give it content. */
export const dashboardPages = [
  '/districts/haizhu?year=2023',
  '/districts/haizhu/weak',
  '/districts/haizhu/quality',
  '/districts/haizhu/resources?year=2023&station=haizhu-fengyang',
  '/districts/haizhu/staffing?year=2023',
  '/stations/haizhu-chigang?year=2023',
  '/stations/haizhu-xingang/quarterly?year=2024',
  '/stations/haizhu-xingang/resources?year=2024',
  '/stations/haizhu-xingang/staffing?year=2024',
  '/stations/haizhu-xingang/volunteers?year=2024',
  '/stations/haizhu-chigang/evaluation?year=2023',
  '/stations/haizhu-xingang/import?year=2024',
  '/stations/haizhu-xingang/entry?year=2024',
  '/audit',
  '/glossary',
] as const;
