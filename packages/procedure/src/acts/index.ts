export * from './act.ts';
export * from './rules.ts';
