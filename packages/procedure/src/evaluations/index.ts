export * from './draw.ts';
export * from './rubric.ts';
export * from './score.ts';
