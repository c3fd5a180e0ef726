export * from './lib/organisation.module';
export * from './lib/root-bootstrap';
