import { infraConfigSchema, loadConfig, type InfraConfig } from '@vwu/platform-config';

/**
 * The real broker and store of this test run, as the jest global setup provisioned them
 * (or as KAFKA_BROKERS / MONGO_URL named them). Integration and e2e tests never mock these.
 */
export function testInfra(): InfraConfig {
  return loadConfig(infraConfigSchema, process.env);
}
