// The workbook store: one format for everything the add-in and the CLI keep in a workbook.
export * from "./format";
export * from "./cells";
export * from "./fills";
