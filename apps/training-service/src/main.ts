import 'reflect-metadata';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadConfig } from '@vwu/platform-config';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { z } from 'zod';
import { AppModule } from './app.module';

/** The master key wraps each cadre's data key (a KMS holds it in production); never logged. */
const keysSchema = z.object({
  VWU_MASTER_KEY: z.base64('must be base64').min(44, 'must be 32 bytes, base64'),
  TRAINING_GROUP_PREFIX: z.string().default(''),
});

const config = loadServiceConfig({
  MONGO_DB: 'vwu_training',
  HTTP_PORT: '3104',
  RPC_PORT: '4104',
});
const env = loadConfig(keysSchema, process.env);
const appModule = AppModule.register({
  config,
  training: {
    verifier: TokenVerifier.fromConfig(loadAuthConfig()),
    masterKey: env.VWU_MASTER_KEY,
    groupPrefix: env.TRAINING_GROUP_PREFIX,
  },
});
void startHybridService('training-service', appModule, config);
