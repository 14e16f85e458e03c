import { startBilling } from './app.js';
import { loadBillingConfig } from './config.js';

const runtime = await startBilling(loadBillingConfig());
runtime.lifecycle.installSignalHandlers();
