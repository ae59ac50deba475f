export * from './case/index.ts';
export * from './jurisdiction.ts';
export * from './acts/index.ts';
export * from './officers/certificate.ts';
