export * from './case/index.ts';
export * from './jurisdiction.ts';
