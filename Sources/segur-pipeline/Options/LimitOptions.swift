import ArgumentParser
import Ingest

/// Per-file limits: one bad file is quarantined, the batch goes on.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest input file accepted, in bytes.")
    var maxBytes: Int = IngestOptions.defaults.maxBytes

    @Option(help: "Deepest HTML element nesting accepted.")
    var maxDepth: Int = IngestOptions.defaults.maxDepth

    @Option(help: "Longest time one file may take, in seconds.")
    var timeLimit: Double = IngestOptions.defaults.timeLimitSeconds

    @Option(help: "Memory the files being ingested at once may take together, in bytes (default: half the machine's or control group's memory).")
    var maxMemory: Int = MemoryBudget.defaultLimit

    @Flag(help: "Follow symbolic links to files that stay inside the input folder (links are not followed by default).")
    var followLinks = false

    @Option(help: "Files processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfoCores.count

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be positive") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard maxMemory > 0 else { throw ValidationError("--max-memory must be positive") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    var ingestOptions: IngestOptions {
        IngestOptions(maxBytes: maxBytes, maxDepth: maxDepth, timeLimitSeconds: timeLimit)
    }
}

enum ProcessInfoCores {
    static var count: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
