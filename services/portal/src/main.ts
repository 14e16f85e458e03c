import { startPortal } from './app.js';
import { loadPortalConfig } from './config.js';

const runtime = await startPortal(loadPortalConfig());
runtime.lifecycle.installSignalHandlers();
