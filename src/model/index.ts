export * from './config.js';
export * from './dates.js';
export * from './diagnostic.js';
export * from './fields.js';
export * from './item.js';
export * from './zone.js';
