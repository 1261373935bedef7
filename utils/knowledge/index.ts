// Public surface of the knowledge service. The background imports from here only.
export * from './types';
export { DEFAULT_ENDPOINTS, resolveEndpoints, wikiLang, wikipediaBase, type Endpoints } from './endpoints';
export {
  createKnowledgeService,
  contextHash,
  DEFAULT_TTLS,
  type FactsRequest,
  type KnowledgeService,
  type KnowledgeServiceOptions,
  type KnowledgeTtls,
  type RelatedOptions,
  type RelatedRequest,
} from './knowledge-service';
export { createMemoryCache } from './memory-cache';
export { createScheduler, DEFAULT_USER_AGENT, type Scheduler, type SchedulerOptions } from './scheduler';
export { defaultNormalizeUrl, type HistoryItem, type PageLink, type UrlNormalizer } from './related';
export { cleanText, safeHttpUrl, stripBidiControls, LIMITS } from './sanitize';
