// What other code (tests, scripts, a future API) may use of the command line: the run function and the JSON schema.
export { main, VERSION, type Io } from "./run";
export {
  AnnotationSchema,
  FileReportSchema,
  FileStatusSchema,
  RunReportSchema,
  RunTotalsSchema,
  type Annotation,
  type FileReport,
  type FileStatus,
  type RunReport,
  type RunTotals,
} from "./run-report";
export { annotateWorkbook } from "./annotate";
export { templateWorkbook } from "./template-book";
