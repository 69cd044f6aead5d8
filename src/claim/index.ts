export * from './taxonomy';
export * from './claim';
export * from './schema';
