import 'reflect-metadata';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadConfig } from '@vwu/platform-config';
import { loadTrainingCatalogue } from '@vwu/training-infrastructure';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { z } from 'zod';
import { AppModule } from './app.module';

const envSchema = z.object({
  /** Wraps each cadre's data key (a KMS holds it in production); never logged. */
  VWU_MASTER_KEY: z.base64('must be base64').min(44, 'must be 32 bytes, base64'),
  TRAINING_GROUP_PREFIX: z.string().default(''),
  /** The deployment's positions and course topics (JSON); the platform's default without. */
  TRAINING_CATALOGUE_FILE: z.string().optional(),
});

const config = loadServiceConfig({
  MONGO_DB: 'vwu_training',
  HTTP_PORT: '3104',
  RPC_PORT: '4104',
});
const env = loadConfig(envSchema, process.env);
const appModule = AppModule.register({
  config,
  training: {
    verifier: TokenVerifier.fromConfig(loadAuthConfig()),
    masterKey: env.VWU_MASTER_KEY,
    groupPrefix: env.TRAINING_GROUP_PREFIX,
    catalogue: loadTrainingCatalogue(env.TRAINING_CATALOGUE_FILE),
  },
});
void startHybridService('training-service', appModule, config);
