// Placeholder entry replaced by the CLI issue (#8).
process.stderr.write("roadmap-check: not built yet\n");
process.exitCode = 2;
