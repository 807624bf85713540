import ArgumentParser

@main
struct SegurPipeline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "segur-pipeline",
        abstract: "Finds the themes that recur across Ségur de la Santé consultation documents.",
        discussion: "Exit codes: 0 every file processed; 2 finished, but some files were quarantined (see diagnostics.jsonl); 1 fatal error, nothing published; 64 usage error.",
        version: version,
        subcommands: [RunCommand.self, IngestCommand.self, ClassifyCommand.self, AggregateCommand.self, LexiconCommand.self, DumpConfigCommand.self]
    )
}
