import { z } from 'zod';
import { ConfigError, env, loadConfig, serviceEnvironment } from './config.js';

const schema = z.object({
  ...serviceEnvironment,
  GRPC_PORT: env.port(17051),
  FEATURE_ON: env.boolean(false),
});

describe('loadConfig', () => {
  it('parses and defaults a valid environment', () => {
    const config = loadConfig(schema, {
      MONGO_URL: 'mongodb://127.0.0.1:27117',
      KAFKA_BROKERS: 'a:9092, b:9093',
      FEATURE_ON: 'yes',
    });
    expect(config).toEqual({
      LOG_LEVEL: 'info',
      GRPC_HOST: '127.0.0.1',
      MONGO_URL: 'mongodb://127.0.0.1:27117',
      KAFKA_BROKERS: ['a:9092', 'b:9093'],
      GRPC_PORT: 17051,
      FEATURE_ON: true,
    });
  });

  it('reports every bad variable at once, by name', () => {
    let error: unknown;
    try {
      loadConfig(schema, {
        MONGO_URL: 'postgres://nope',
        KAFKA_BROKERS: 'no-port',
        GRPC_PORT: '70000',
        LOG_LEVEL: 'loud',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['MONGO_URL', 'KAFKA_BROKERS', 'GRPC_PORT', 'LOG_LEVEL'])
      expect(problems).toContain(variable);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('names missing required variables and treats empty ones as unset', () => {
    expect(() => loadConfig(schema, { MONGO_URL: '', KAFKA_BROKERS: 'a:1' })).toThrow(
      /MONGO_URL: .*\(not set\)/,
    );
  });
});
