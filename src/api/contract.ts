/**
 * The JSON shapes the REST API answers with, for the dashboard (src/web) and the API's tests: the services return
 * them (src/services/contract.ts); the OpenAPI document (openapi.ts) describes the same shapes for other clients.
 *
 *   const page: Page<EventItem> = await (await fetch('/api/events?actor=USA')).json();
 */
export type * from '../services/contract.js';
