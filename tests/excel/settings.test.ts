import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from "../../src/excel";
import { book } from "../sim/helpers";
import { withSim } from "./helpers";

describe("settings in the document", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("defaults when nothing is saved, and outside Office", async () => {
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    await withSim(book({ S: [["a"]] }), {}, async () => {
      expect(loadSettings()).toEqual({ checkDate: null, disabledChecks: [] });
    });
    const r = await saveSettings({ checkDate: null, disabledChecks: [] });
    expect(r.ok ? "ok" : r.error.code).toBe("NotInExcel");
  });

  it("saves with saveAsync and reads back from the document, even in a new session", async () => {
    const wb = book({ S: [["a"]] });
    const value = { checkDate: "2027-03-01", disabledChecks: ["non-working-day" as const] };
    let saved: Record<string, unknown> = {};
    await withSim(wb, {}, async (sim) => {
      const r = await saveSettings(value);
      expect(r.ok).toBe(true);
      saved = sim.savedSettings();
    });
    await withSim(wb, { settings: saved }, async () => {
      expect(loadSettings()).toEqual(value);
    });
  });

  it("ignores saved settings that do not validate", async () => {
    await withSim(
      book({ S: [["a"]] }),
      { settings: { "roadmapChecker.settings": { checkDate: "1 марта", disabledChecks: ["nope"] } } },
      async () => {
        expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
      },
    );
  });

  it("refuses invalid values and reports a failed save", async () => {
    await withSim(book({ S: [["a"]] }), { settingsSaveFails: true }, async () => {
      const bad = await saveSettings({ checkDate: "01.03.2027", disabledChecks: [] });
      expect(bad.ok ? "ok" : bad.error.code).toBe("InvalidSettings");
      const failed = await saveSettings({ checkDate: "2027-03-01", disabledChecks: [] });
      expect(failed.ok ? "ok" : failed.error.code).toBe("SettingsNotSaved");
      if (!failed.ok) expect(failed.error.debug).toContain("read-only");
    });
  });
});
