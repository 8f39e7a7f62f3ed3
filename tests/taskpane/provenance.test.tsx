// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { fakeServices } from "./fakes";
import { COMBOS, renderApp, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

describe.each(COMBOS)("which form judged the sheet (%s, %s)", (lang, theme) => {
  it("each checked roadmap names its edition id, generation and template hash", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    const kv = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES.kvantorium[lang] }),
    });
    expect(
      within(kv).getByText(
        lang === "ru"
          ? "Шаблон kvantorium-2024, поколение 2024 года, хэш данных шаблона 5eed0f1c2a3b"
          : "Template kvantorium-2024, 2024 generation, template data hash 5eed0f1c2a3b",
      ),
    ).toBeTruthy();
    const tochka = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES["tochka-rosta"][lang] }),
    });
    expect(tochka.querySelector("[data-template-hash]")!.getAttribute("data-template-hash")).toBe(
      "70c4a2024aaa",
    );
  });
});
