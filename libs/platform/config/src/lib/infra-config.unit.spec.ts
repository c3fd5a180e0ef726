import { ConfigError, loadConfig } from './config';
import { infraConfigSchema } from './infra-config';

describe('infrastructure configuration', () => {
  it('splits and trims the broker list', () => {
    const config = loadConfig(infraConfigSchema, {
      KAFKA_BROKERS: '127.0.0.1:9092, kafka-1.vwu.svc:9092',
      MONGO_URL: 'mongodb://127.0.0.1:27017/',
    });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-1.vwu.svc:9092']);
    expect(config.MONGO_URL).toBe('mongodb://127.0.0.1:27017/');
  });

  it('reports every problem at once, by variable name', () => {
    const attempt = (): unknown =>
      loadConfig(infraConfigSchema, { KAFKA_BROKERS: 'localhost', MONGO_URL: undefined });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^KAFKA_BROKERS.*: each broker must be host:port$/);
      expect(problems[1]).toMatch(/^MONGO_URL: is required/);
    }
  });

  it('rejects an empty broker list and a non-mongodb URL without echoing the value', () => {
    const secret = 'postgres://user:s3cret@db/x';
    expect(() =>
      loadConfig(infraConfigSchema, { KAFKA_BROKERS: ' , ', MONGO_URL: secret }),
    ).toThrow(
      expect.objectContaining({
        problems: [
          'KAFKA_BROKERS: names no broker',
          'MONGO_URL: must be a mongodb:// or mongodb+srv:// URL',
        ],
      }) as Error,
    );
    expect(() =>
      loadConfig(infraConfigSchema, { KAFKA_BROKERS: 'a:1', MONGO_URL: secret }),
    ).not.toThrow(new RegExp(secret));
  });
});
