import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { FieldKey } from "../../core/reader/types";
import {
  COLUMN_FIELDS,
  columnLines,
  fieldOfRole,
  type ColumnChange,
  type ColumnLine,
} from "../columnChoices";
import { useText } from "../context";
import { plainList } from "./findingListStyles";
import type { DetectedRoadmap, RoadmapChoice } from "../services";

const useStyles = makeStyles({
  summary: { cursor: "pointer" },
  list: plainList(tokens.spacingVerticalS),
  line: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnRolesProps {
  roadmap: DetectedRoadmap;
  choice: RoadmapChoice | undefined;
  disabled: boolean;
  onColumn: (change: ColumnChange) => void;
}

type T = ReturnType<typeof useText>["t"];

function fieldName(f: FieldKey | null, t: T): string {
  return f === null ? t("columns.field.none") : t(`columns.field.${f}`);
}

/** One column: its header, a picker of its role, why it has it (or «set by you» with a reset). */
function ColumnItem({
  line,
  disabled,
  onColumn,
}: {
  line: ColumnLine;
  disabled: boolean;
  onColumn: (change: ColumnChange) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const { column, role, field, header } = line;
  const label = header ? t("columns.label", { column, header }) : t("columns.labelNoHeader", { column });
  const hint = line.byPlanner ? t("columns.setByYou") : role ? role.reason[lang] : t("columns.unused");
  return (
    <li className={styles.line} data-column={column} data-column-field={field ?? ""}>
      <Field label={label} hint={hint} className={styles.field}>
        <Select
          value={field ?? ""}
          disabled={disabled}
          onChange={(_, d) =>
            onColumn({ column, field: d.value === "" ? null : (d.value as FieldKey), current: field, header })
          }
        >
          {/* A table needs its measures: the measure column can be moved, not dropped. */}
          {field !== "title" && <option value="">{fieldName(null, t)}</option>}
          {COLUMN_FIELDS.map((f) => (
            <option key={f} value={f}>
              {fieldName(f, t)}
            </option>
          ))}
        </Select>
      </Field>
      {line.byPlanner && (
        <Button
          size="small"
          icon={<ArrowUndoRegular />}
          disabled={disabled}
          aria-label={t("columns.resetLabel", { column })}
          onClick={() => onColumn({ column, field: "reset", current: field, header })}
        >
          {t("columns.reset")}
        </Button>
      )}
    </li>
  );
}

/** «Столбцы» of a roadmap card: which column got which role and why; the planner corrects a role here. */
export function ColumnRoles({ roadmap, choice, disabled, onColumn }: ColumnRolesProps) {
  const { t, lang } = useText();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const roles = roadmap.columns ?? [];
  if (roles.length === 0) return null;
  // A matrix's and a card sheet's roles come from its labels, not from columns a planner could reassign.
  const matrix = roadmap.layout === "matrix" || roadmap.layout === "cards";
  const lines = matrix
    ? roles.map((r) => ({ column: r.column, role: r, header: r.header, field: null, byPlanner: false }))
    : columnLines(roadmap.tableRange, roles, choice?.columnChoices);
  const set = lines.filter((l) => l.byPlanner).length;
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-column-roles>
      <summary className={styles.summary}>
        <Text weight="semibold">
          {set > 0
            ? t("columns.summarySet", { n: lines.length, set })
            : t("columns.summary", { n: lines.length })}
        </Text>
      </summary>
      {/* A closed disclosure renders nothing inside: a <details> keeps its hidden children in the DOM. */}
      {open && matrix && (
        <>
          <Text size={200} className={styles.meta} as="p">
            {t(roadmap.layout === "cards" ? "columns.cards" : "columns.matrix")}
          </Text>
          <ul className={styles.list}>
            {roles.map((r) => (
              <li key={`${r.column}-${r.role}`} data-column={r.column}>
                <Text size={200}>
                  {t("columns.line", {
                    column: r.column,
                    role: fieldName(fieldOfRole(r.role), t),
                    reason: r.reason[lang],
                  })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {open && !matrix && (
        <>
          <Text size={200} className={styles.meta} as="p">
            {t("columns.hint")}
          </Text>
          <ul className={styles.list}>
            {lines.map((l) => (
              <ColumnItem key={l.column} line={l} disabled={disabled} onColumn={onColumn} />
            ))}
          </ul>
        </>
      )}
      {/* A matrix names its plan's responsible on a line too («Ответственный исполнитель — …»). */}
      {open && roadmap.planResponsible && (
        <Text size={200} className={styles.meta} as="p" data-plan-responsible>
          {t("columns.planResponsible", roadmap.planResponsible)}
        </Text>
      )}
    </details>
  );
}
