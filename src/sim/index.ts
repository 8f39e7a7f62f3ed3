export { createSimulatedOffice, installSimulatedOffice } from "./office";
export type { SimulatedOffice, SimulatedOfficeOptions, SimExcel, SimOfficeNamespace } from "./office";
export { SimOfficeError } from "./errors";
export type { SimErrorCode } from "./errors";
export { SimStats } from "./env";
export type { SimLimits, SyncRecord } from "./env";
export { SimBook } from "./book";
