import { z } from "zod";
import { FindingCodeSchema } from "../../src/core/report";
import { PROGRAMME_IDS } from "../../src/core/programmes";

/** The corpus workbook format (described in README.md): a sheet as JSON, and the truth written by hand. */

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-mm-dd");
const RangeSchema = z
  .string()
  .regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/, "expected an A1 range such as A1:F1");

export const CorpusCellSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ date: IsoDateSchema }).strict(),
  z
    .object({
      formula: z.string().startsWith("="),
      result: z
        .union([z.string(), z.number(), z.boolean(), z.object({ date: IsoDateSchema }).strict()])
        .optional(),
    })
    .strict(),
]);
export type CorpusCell = z.infer<typeof CorpusCellSchema>;

export const CorpusSheetSchema = z
  .object({
    name: z.string().min(1).max(31),
    rows: z.array(z.array(CorpusCellSchema)),
    merges: z.array(RangeSchema).optional(),
    widths: z.array(z.number().positive()).optional(),
  })
  .strict();

/**
 * One finding the checker should report at error or warning. Row-level codes give the 1-based sheet row;
 * missing-item gives the template item id; a roadmap-level code (no-template) gives neither.
 */
export const TruthFindingSchema = z
  .object({
    code: FindingCodeSchema,
    row: z.number().int().positive().optional(),
    itemId: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.code === "missing-item" && f.itemId === undefined)
      ctx.addIssue({ code: "custom", message: "missing-item needs an itemId" });
    if (f.code !== "missing-item" && f.itemId !== undefined)
      ctx.addIssue({ code: "custom", message: `${f.code} is about a row, not an item: give row` });
    if (f.code !== "missing-item" && f.code !== "no-template" && f.row === undefined)
      ctx.addIssue({ code: "custom", message: `${f.code} needs a row` });
  });
export type TruthFinding = z.infer<typeof TruthFindingSchema>;

export const TruthRoadmapSchema = z
  .object({
    programme: z.enum(PROGRAMME_IDS),
    year: z.number().int().min(2015).max(2035),
    organisation: z.string().min(1).nullable(),
    findings: z.array(TruthFindingSchema),
    info: z.array(TruthFindingSchema).optional(),
    rows: z.array(z.object({ row: z.number().int().positive(), due: IsoDateSchema.nullable() }).strict()),
  })
  .strict();
export type TruthRoadmap = z.infer<typeof TruthRoadmapSchema>;

export const CorpusWorkbookSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: z.string().min(10),
    made: z.string().min(5),
    checkDate: IsoDateSchema,
    sheets: z.array(CorpusSheetSchema).min(1),
    truth: z
      .object({
        sheet: z.string().min(1),
        roadmaps: z.array(TruthRoadmapSchema).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((w, ctx) => {
    const names = w.sheets.map((s) => s.name);
    if (!names.includes(w.truth.sheet))
      ctx.addIssue({ code: "custom", message: `truth.sheet «${w.truth.sheet}» is not one of the sheets` });
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: "custom", message: "duplicate sheet names" });
    const keys = w.truth.roadmaps.map((r) => `${r.programme}|${r.organisation ?? ""}`);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({
        code: "custom",
        message: "two truth roadmaps with the same programme and organisation",
      });
    for (const r of w.truth.roadmaps) {
      const seen = new Set<number>();
      for (const { row } of r.rows) {
        if (seen.has(row)) ctx.addIssue({ code: "custom", message: `row ${row} listed twice in rows` });
        seen.add(row);
      }
    }
  });
export type CorpusWorkbook = z.infer<typeof CorpusWorkbookSchema>;
