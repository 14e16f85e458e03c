import { startCrm } from './app.js';
import { loadCrmConfig } from './config.js';

const runtime = await startCrm(loadCrmConfig());
runtime.lifecycle.installSignalHandlers();
