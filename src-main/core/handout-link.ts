// Moved to src-shared (the zod-free floor every layer may import); kept so core's imports stay put.
export * from '../../src-shared/handout-link'
