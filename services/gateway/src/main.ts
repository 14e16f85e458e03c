import { Lifecycle } from '@client-portal/kit';
import { startGateway } from './app.js';
import { loadGatewayConfig } from './config.js';

const gateway = await startGateway(loadGatewayConfig());
const lifecycle = new Lifecycle(gateway.logger);
lifecycle.onShutdown('gateway', () => gateway.stop());
lifecycle.installSignalHandlers();
