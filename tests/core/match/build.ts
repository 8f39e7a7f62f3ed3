// Hand-built roadmaps for unit tests: a table in columns A–E (№, title, responsible, result, deadline) from row 2.
import type { Roadmap, RoadmapRow, RowField, Section } from "../../../src/core/reader/types";
import type { ProgrammeId } from "../../../src/core/programmes";

export interface RowSpec {
  number?: string | null;
  title: string;
  responsible?: string | null;
  result?: string | null;
  deadline?: string | null;
  status?: string | null;
  section?: string | null;
  subItems?: string[];
}

function field(text: string | null | undefined, address: string): RowField | undefined {
  if (text === null || text === undefined) return undefined;
  return { text, value: text, addresses: [address] };
}

export function buildRoadmap(
  rows: RowSpec[],
  opts: {
    programme?: ProgrammeId | "unknown";
    year?: number | null;
    sections?: Section[];
    withResult?: boolean;
    withStatus?: boolean;
    layout?: Roadmap["layout"];
  } = {},
): Roadmap {
  const built: RoadmapRow[] = rows.map((r, i) => {
    const n = i + 2;
    const fields: RoadmapRow["fields"] = {};
    const put = (k: keyof RoadmapRow["fields"], v: RowField | undefined) => {
      if (v) fields[k] = v;
    };
    put("number", field(r.number, `A${n}`));
    put("title", field(r.title, `B${n}`));
    put(
      "responsible",
      field(r.responsible === undefined ? "Региональный координатор" : r.responsible, `C${n}`),
    );
    if (opts.withResult)
      put("result", field(r.result === undefined ? "Распорядительный акт" : r.result, `D${n}`));
    put("deadline", field(r.deadline, `E${n}`));
    if (opts.withStatus) put("status", field(r.status, `F${n}`));
    return {
      index: i,
      number: r.number ?? null,
      section: r.section ?? null,
      fields,
      subItems: r.subItems ?? [],
      address: `B${n}`,
      sheetRows: [n],
    };
  });
  const columns: Roadmap["columns"] = {
    number: { column: "A", header: "№", address: "A1" },
    title: { column: "B", header: "Наименование мероприятия", address: "B1" },
    responsible: { column: "C", header: "Ответственный", address: "C1" },
    deadline: { column: "E", header: "Срок", address: "E1" },
  };
  if (opts.withResult) columns.result = { column: "D", header: "Результат", address: "D1" };
  if (opts.withStatus) columns.status = { column: "F", header: "Отметка о выполнении", address: "F1" };
  return {
    id: "Лист1!A1",
    sheetName: "Лист1",
    layout: opts.layout ?? (opts.sections?.length ? "sectioned" : "table"),
    title: "Дорожная карта",
    preamble: [],
    programme: { value: opts.programme ?? "kvantorium", evidence: [] },
    year: { value: opts.year === undefined ? 2024 : opts.year, evidence: [] },
    documentYear: null,
    columns,
    headerAddress: "A1",
    tableRange: `A1:F${rows.length + 1}`,
    sections: opts.sections ?? [],
    rows: built,
  };
}
