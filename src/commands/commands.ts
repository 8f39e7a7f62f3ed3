import { whenOfficeReady } from "../excel/host";

/**
 * The ribbon's function file. The Home-tab button opens the pane through the manifest's ShowTaskpane action, so
 * there is no ExecuteFunction to register with Office.actions.associate; Office only needs this page to be ready.
 */
void whenOfficeReady();
