import cliProgress from "cli-progress";
import type { Lang } from "../core/lang";
import { escapeControls } from "./messages";
import type { FileReport } from "./run-report";

/** Progress for multi-file runs, on stderr: a bar on a terminal, one plain line per finished file otherwise. */

export interface Progress {
  done(report: FileReport): void;
  stop(): void;
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const STATUS: Record<FileReport["status"], Record<Lang, string>> = {
  ready: { ru: "готово", en: "ready" },
  "has-errors": { ru: "есть ошибки", en: "has errors" },
  unreadable: { ru: "не прочитан", en: "not read" },
  "no-roadmap": { ru: "нет дорожной карты", en: "no roadmap" },
};

export function statusLabel(status: FileReport["status"], lang: Lang): string {
  return STATUS[status][lang];
}

export function createProgress(stream: ProgressStream, total: number, lang: Lang): Progress {
  // A single file needs no progress: its report follows at once.
  if (total < 2) return { done: () => undefined, stop: () => undefined };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WritableStream,
        format: `${lang === "ru" ? "Проверка" : "Checking"} [{bar}] {value}/{total} {file}`,
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { file: "" });
    return {
      done: (r) => {
        const p = escapeControls(r.path);
        bar.increment(1, { file: p.length > 50 ? `…${p.slice(-49)}` : p });
      },
      stop: () => bar.stop(),
    };
  }
  let n = 0;
  const width = String(total).length;
  return {
    done: (r) => {
      n++;
      stream.write(
        `[${String(n).padStart(width)}/${total}] ${escapeControls(r.path)}: ${statusLabel(r.status, lang)}\n`,
      );
    },
    stop: () => undefined,
  };
}
