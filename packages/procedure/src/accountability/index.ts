export * from './facts.ts';
export * from './ladder.ts';
export * from './lifecycle.ts';
export * from './subjects.ts';
