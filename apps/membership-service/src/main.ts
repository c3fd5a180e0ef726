import 'reflect-metadata';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadConfig } from '@vwu/platform-config';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { z } from 'zod';
import { AppModule } from './app.module';

/**
 * The keys of personal data: the master key wraps each member's data key (a KMS holds it in
 * production), the blind-index key keys the national-ID tokens. Both base64; never logged.
 */
const keysSchema = z.object({
  VWU_MASTER_KEY: z.base64('must be base64').min(44, 'must be 32 bytes, base64'),
  VWU_BLIND_INDEX_KEY: z.base64('must be base64').min(44, 'must be at least 32 bytes, base64'),
  MEMBERSHIP_GROUP_PREFIX: z.string().default(''),
});

const config = loadServiceConfig({
  MONGO_DB: 'vwu_membership',
  HTTP_PORT: '3103',
  RPC_PORT: '4103',
});
const env = loadConfig(keysSchema, process.env);
const appModule = AppModule.register({
  config,
  membership: {
    verifier: TokenVerifier.fromConfig(loadAuthConfig()),
    masterKey: env.VWU_MASTER_KEY,
    blindIndexKey: env.VWU_BLIND_INDEX_KEY,
    groupPrefix: env.MEMBERSHIP_GROUP_PREFIX,
  },
});
void startHybridService('membership-service', appModule, config);
