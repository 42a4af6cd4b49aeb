package dev.gilcheck.cli;

import picocli.CommandLine.Option;

/** How a report is printed: text or JSON, with or without wall-clock times. */
final class ReportOptions {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--timing", description = "also report wall-clock seconds (they vary from run to run)")
    boolean timing;

    boolean json() {
        return format == Format.json;
    }
}
