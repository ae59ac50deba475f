export * from './jurisdiction.ts';
