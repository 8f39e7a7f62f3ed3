export { createSimulatedOffice, installSimulatedOffice } from "./office";
export type { SimulatedOffice, SimulatedOfficeOptions, SimExcel, SimOfficeNamespace } from "./office";
export { SimOfficeError } from "./errors";
export type { SimErrorCode } from "./errors";
export { SimStats } from "./context";
export type { SimLimits, SyncRecord } from "./context";
export { SimBook } from "./book";
