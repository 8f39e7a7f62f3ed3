import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ProgrammeId } from "../../core/programmes";
import type { DiffItem, DiffPair, EditionDiff } from "../../core/templates/diff";
import { useText } from "../context";
import type { EditionSummary } from "../services";
import type { PaneModel } from "../usePane";
import { editionLabel } from "./RoadmapCard";
import { FormHeading, ProgrammeSelect, defaultProgramme, useFormStyles } from "./TemplateForm";

const useStyles = makeStyles({
  diffList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  diffItem: { display: "flex", flexDirection: "column", wordBreak: "break-word" },
  diffMeta: { color: tokens.colorNeutralForeground2 },
});

/** A programme's editions, oldest generation first (a planner's own, without a generation, last). */
function byGeneration(editions: readonly EditionSummary[]): EditionSummary[] {
  return [...editions].sort((a, b) => (a.generation ?? 9999) - (b.generation ?? 9999));
}

function DiffItemText({ item }: { item: DiffItem }) {
  const { t, lang } = useText();
  const styles = useStyles();
  return (
    <li className={styles.diffItem} data-item-id={item.id}>
      <Text weight="semibold">
        {item.number}. {item.title[lang]}
      </Text>
      <Text size={200}>{t("diff.deadline", { deadline: item.deadline[lang] })}</Text>
      <Text size={200} className={styles.diffMeta}>
        {t("diff.source", { source: item.source })}
      </Text>
    </li>
  );
}

function DiffPairText({ pair, kind }: { pair: DiffPair; kind: "renamed" | "moved" }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const sources =
    pair.from.source === pair.to.source
      ? t("diff.source", { source: pair.to.source })
      : t("diff.sources", { from: pair.from.source, to: pair.to.source });
  return (
    <li className={styles.diffItem} data-item-id={pair.to.id} data-from-id={pair.from.id}>
      {kind === "renamed" ? (
        <Text weight="semibold">
          «{pair.from.title[lang]}» → «{pair.to.title[lang]}»
        </Text>
      ) : (
        <>
          <Text weight="semibold">
            {pair.to.number}. {pair.to.title[lang]}
          </Text>
          <Text size={200}>
            {pair.from.deadline[lang]} → {pair.to.deadline[lang]}
          </Text>
        </>
      )}
      {kind === "renamed" && pair.matchedBy === "title" && (
        <Text size={200}>{t("diff.byTitle", { similarity: pair.similarity })}</Text>
      )}
      <Text size={200} className={styles.diffMeta}>
        {sources}
      </Text>
    </li>
  );
}

/** The comparison: which two forms (id and hash), then items added, removed, renamed, moved, and the unchanged count. */
function DiffResult({ diff }: { diff: EditionDiff }) {
  const { t } = useText();
  const form = useFormStyles();
  const styles = useStyles();
  const side = (r: EditionDiff["from"]) => `${r.id} (${t("diff.hash", { hash: r.templateHash })})`;
  return (
    <div className={form.form} data-diff-result>
      <Text weight="semibold">{t("diff.result", { from: side(diff.from), to: side(diff.to) })}</Text>
      {(
        [
          ["added", diff.added],
          ["removed", diff.removed],
          ["renamed", diff.renamed],
          ["moved", diff.moved],
        ] as const
      ).map(([kind, list]) => (
        <div key={kind} data-diff-group={kind}>
          <Text as="h3" weight="semibold" size={300}>
            {t(`diff.${kind}`, { n: list.length })}
          </Text>
          {list.length > 0 && (
            <ul className={styles.diffList}>
              {kind === "added" || kind === "removed"
                ? (list as readonly DiffItem[]).map((it) => <DiffItemText key={it.id} item={it} />)
                : (list as readonly DiffPair[]).map((p) => (
                    <DiffPairText key={`${p.from.id}>${p.to.id}`} pair={p} kind={kind} />
                  ))}
            </ul>
          )}
        </div>
      ))}
      <Text size={200}>{t("diff.unchanged", { n: diff.unchanged })}</Text>
    </div>
  );
}

/** «Что изменилось между редакциями»: two editions of one programme, their items added, removed, renamed, moved. */
export function EditionDiffView({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useFormStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const [programme, setProgramme] = useState<ProgrammeId>(() => defaultProgramme(pane));
  const [fromId, setFromId] = useState("");
  const [toId, setToId] = useState("");
  const [diff, setDiff] = useState<EditionDiff | null>(null);
  const editions = byGeneration(pane.editions.filter((e) => e.programme === programme));
  // By default the two latest generations: what changed most recently.
  const from = fromId || editions[editions.length - 2]?.id || "";
  const to = toId || editions[editions.length - 1]?.id || "";
  const enough = editions.length >= 2;
  const same = enough && from === to;
  const pick = (set: (id: string) => void) => (id: string) => {
    set(id);
    setDiff(null);
  };
  const options = editions.map((e) => (
    <option key={e.id} value={e.id}>
      {editionLabel(e, lang, t)}
    </option>
  ));

  return (
    <section aria-labelledby={headingId} className={styles.form} data-edition-diff>
      <FormHeading id={headingId} title={t("diff.heading")} hint={t("diff.hint")} />
      <ProgrammeSelect
        value={programme}
        disabled={busy}
        onChange={(p) => {
          setProgramme(p);
          setFromId("");
          setToId("");
          setDiff(null);
        }}
      />
      <Field
        label={t("diff.from")}
        validationState={!enough ? "warning" : same ? "error" : "none"}
        validationMessage={!enough ? t("diff.needTwo") : same ? t("diff.same") : undefined}
      >
        <Select value={from} disabled={busy || !enough} onChange={(_, d) => pick(setFromId)(d.value)}>
          {options}
        </Select>
      </Field>
      <Field label={t("diff.to")}>
        <Select value={to} disabled={busy || !enough} onChange={(_, d) => pick(setToId)(d.value)}>
          {options}
        </Select>
      </Field>
      <div>
        <Button
          disabled={busy || !enough || same}
          onClick={() => {
            void pane.compareEditions(from, to).then((d) => setDiff(d ?? null));
          }}
        >
          {t("diff.compare")}
        </Button>
      </div>
      {diff && <DiffResult diff={diff} />}
    </section>
  );
}
