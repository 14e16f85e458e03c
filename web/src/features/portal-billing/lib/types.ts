import type { Schemas } from '../../../api/schema';

export type QuoteAnswerView = Schemas['QuoteAnswerView'];
