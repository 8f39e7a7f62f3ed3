import { editionServices, templateServices } from "./officeEditions";
import { createOfficeState } from "./officeState";
import { checkServices, workbookServices } from "./officeSheets";
import type { AddinServices } from "./services";

/**
 * The real services: src/excel for the workbook, src/core for everything else. Both are loaded on first use, so
 * the pane paints before the checker (templates, stemmer, zod) has even been downloaded.
 */

export { ServiceError } from "./officeState";

/** `worker: false` runs the core on the pane's main thread (the harness's `?worker=off`, to compare). */
export function createOfficeServices(options: { worker?: boolean } = {}): AddinServices {
  // One state for every group: a check's reports feed the next check's acceptances and the timeline.
  const st = createOfficeState(options);
  return {
    ...checkServices(st),
    ...editionServices(st),
    ...templateServices(st),
    ...workbookServices(st),
  };
}
