import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeId } from "../../core/programmes";
import type { PaneModel } from "../usePane";
import { EditionDiffView } from "./EditionDiffView";
import { InsertTemplate } from "./InsertTemplate";
import { SavedTemplates } from "./SavedTemplates";
import { TemplateFromSheet } from "./TemplateFromSheet";

/** «Шаблон»: the workbook's saved templates, insert a template, read one from a sheet or file, compare editions. */

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export function TemplateView({ pane }: { pane: PaneModel }) {
  const styles = useStyles();
  const [programmeFor, setProgrammeFor] = useState<ProgrammeId | null>(null);
  return (
    <div className={styles.view}>
      {pane.canStoreTemplates && (
        <>
          <SavedTemplates pane={pane} />
          <Divider />
        </>
      )}
      <InsertTemplate pane={pane} onNeedTemplate={setProgrammeFor} />
      <Divider />
      {/* Mounted again for the programme asked for, so its form starts from it. */}
      <TemplateFromSheet key={programmeFor ?? ""} pane={pane} programmeFor={programmeFor} />
      {pane.canCompare && (
        <>
          <Divider />
          <EditionDiffView pane={pane} />
        </>
      )}
    </div>
  );
}
