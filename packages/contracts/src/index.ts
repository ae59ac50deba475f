export * from './audit.ts';
export * from './calendar.ts';
export * from './cases.ts';
export * from './common.ts';
export * from './organisations.ts';
export * from './roles.ts';
export * from './users.ts';
export * from './documents.ts';
