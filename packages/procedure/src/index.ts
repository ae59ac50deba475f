export * from './accountability/index.ts';
export * from './acts/index.ts';
export * from './assessment/index.ts';
export * from './case/index.ts';
export * from './evaluations/index.ts';
export * from './inspections/index.ts';
export * from './jurisdiction.ts';
export * from './officers/certificate.ts';
