import 'reflect-metadata';
import { loadUnitKindCatalogue } from '@vwu/organisation-infrastructure';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadConfig } from '@vwu/platform-config';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { z } from 'zod';
import { AppModule } from './app.module';

/** The deployment's root unit (Thành Hội / Tỉnh Hội), established at start if it is not yet. */
const rootSchema = z.object({
  ROOT_UNIT_ID: z.uuid().default('00000000-0000-4000-8000-000000000001'),
  ROOT_UNIT_NAME: z.string().min(1).default('Hội LHPN Thành phố Hà Nội'),
  ROOT_UNIT_ESTABLISHED_ON: z.iso.date().default('1930-10-20'),
  UNIT_KIND_CATALOGUE_FILE: z.string().optional(),
});

const config = loadServiceConfig({
  MONGO_DB: 'vwu_organisation',
  HTTP_PORT: '3101',
  RPC_PORT: '4101',
});
const env = loadConfig(rootSchema, process.env);
const appModule = AppModule.register({
  config,
  verifier: TokenVerifier.fromConfig(loadAuthConfig()),
  catalogue: loadUnitKindCatalogue(env.UNIT_KIND_CATALOGUE_FILE),
  root: {
    id: env.ROOT_UNIT_ID,
    name: env.ROOT_UNIT_NAME,
    kind: 'province',
    establishedOn: env.ROOT_UNIT_ESTABLISHED_ON,
  },
});
void startHybridService('organisation-service', appModule, config);
