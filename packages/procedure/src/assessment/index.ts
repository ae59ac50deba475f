export * from './indicators.ts';
export * from './score.ts';
