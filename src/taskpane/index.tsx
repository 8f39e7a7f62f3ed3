import { hostLang, hostTheme, whenOfficeReady } from "../excel/host";
import { createPaneRoot, LoadingShell, renderPane } from "./mount";
import { createOfficeServices } from "./officeServices";

// The shell paints at once; the pane proper starts when office.js is ready (or found absent).
const element = document.getElementById("root");
if (element) {
  const root = createPaneRoot(element);
  root.render(<LoadingShell lang={hostLang()} theme={hostTheme()} />);
  void whenOfficeReady().then(() => renderPane(root, createOfficeServices()));
}
