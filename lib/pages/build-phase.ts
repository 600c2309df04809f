import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Whether this is `next build` prerendering. The cached pages read no database then: what the build
 * would bake in is never served (lib/security/static-page-cache.js renders each page again in the
 * server, against the database it serves), and a build needs no database this way.
 */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
