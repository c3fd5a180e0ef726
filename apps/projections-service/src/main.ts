import 'reflect-metadata';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { AppModule } from './app.module';

const config = loadServiceConfig({
  MONGO_DB: 'vwu_projections',
  HTTP_PORT: '3102',
  RPC_PORT: '4102',
});
void startHybridService('projections-service', AppModule.register(config), config);
