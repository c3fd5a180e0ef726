export * from './lib/cadre-contributions';
export * from './lib/cadre-record';
export * from './lib/cadre-timeline';
export * from './lib/training-figures';
export * from './lib/training-tags';
export * from './lib/training.projection';
