export * from './actions.ts';
export * from './decide.ts';
export * from './documents.ts';
export * from './facts.ts';
export { governingBasis, serviceDates } from './guards.ts';
export { documentsAwaitingApproval } from './preview.ts';
export * from './refusal.ts';
export * from './states.ts';
export { TRANSITIONS, type Transition } from './table.ts';
