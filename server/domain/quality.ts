/**
 * Data-quality rules (DESIGN.md): each a pure function from figures to findings, with its code,
 * kind, severity, the numbers side by side with their sources, a message in Chinese and English
 * and, where one can be computed, a suggestion. One module per family of rules.
 */
export * from './quality/base.ts';
export * from './quality/figures.ts';
export * from './quality/sources.ts';
export * from './quality/documents.ts';
