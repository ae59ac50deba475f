export * from './campaign.ts';
export * from './visit.ts';
