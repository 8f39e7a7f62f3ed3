// The reader's public face. The pipeline, in file order: grid-cache (trimmed texts, merges) -> vocabulary and
// header-words (the words) -> header (header detection) -> table / matrix (the row readers) -> assembly (readRoadmaps).
export type { FieldKey, ReadResult, Roadmap, RoadmapRow, RowField, Section } from "./types";
export { readRoadmaps, type ReadOptions } from "./assembly";
export { splitSubItems } from "./subitems";
export { normalize } from "./normalize";
export { classifyHeader } from "./header-words";
