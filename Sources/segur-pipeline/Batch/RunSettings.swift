import ArgumentParser
import Foundation
import Classify
import Ingest
import Yams

/// Every setting of a `run`, resolved: flags, then the config file, then defaults.
struct RunSettings: Codable, Equatable {
    var input: String
    var lexicons: String
    var out: String
    /// Default: `<out>/state.sqlite`.
    var state: String
    var jobs: Int
    var asOf: String?
    var previous: String?
    /// Symbolic links under the input folder are listed as skipped unless this is set; then links
    /// to regular files that stay inside the folder are read.
    var followLinks: Bool
    var limits: Limits
    /// How table files are read (``TableConfig``); empty: recognised by their shape.
    var tables: [TableConfig] = []
    /// Columns the themes are also counted by (``Aggregator/groupBy``).
    var groupBy: [String] = []

    struct Limits: Codable, Equatable {
        var maxBytes: Int
        var maxDepth: Int
        var timeLimit: Double
        /// Bytes the files being ingested at once may take together (``MemoryBudget``).
        var maxMemory: Int

        enum CodingKeys: String, CodingKey {
            case maxBytes = "max_bytes"
            case maxDepth = "max_depth"
            case timeLimit = "time_limit"
            case maxMemory = "max_memory"
        }
    }

    enum CodingKeys: String, CodingKey {
        case input, lexicons, out, state, jobs
        case asOf = "as_of"
        case previous
        case followLinks = "follow_links"
        case limits, tables
        case groupBy = "group_by"
    }

    var ingestOptions: IngestOptions {
        IngestOptions(maxBytes: limits.maxBytes, maxDepth: limits.maxDepth, timeLimitSeconds: limits.timeLimit)
    }

    /// The effective settings as a versioned config file would hold them.
    func yaml() throws -> String {
        "# segur-pipeline effective settings (flags > config file > defaults)\nversion: \(ConfigFile.version)\n" + (try YAMLEncoder().encode(self))
    }
}

/// The `run` flags: every one optional, so that a config file can supply it.
struct RunFlags: ParsableArguments {
    @Option(help: "A config file (YAML, `version: 1`); flags override it.")
    var config: String?

    @Option(help: "Folder of input documents (.html, .htm, .txt, .md) and consultation tables (.csv, .tsv, .jsonl, .json: each row a document), read recursively.")
    var input: String?

    @Option(help: "Folder of lexicon files (default: lexicons).")
    var lexicons: String?

    @Option(help: "Folder for every output.")
    var out: String?

    @Option(help: "The state database (default: <out>/state.sqlite).")
    var state: String?

    @Option(help: "Files processed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "The date the run stands for (YYYY-MM-DD); no wall clock is read.")
    var asOf: String?

    @Option(help: "Folder of an earlier run whose findings.json this run is compared with.")
    var previous: String?

    @Flag(help: "Follow symbolic links to files that stay inside the input folder (not followed by default).")
    var followLinks = false

    @Option(name: .customLong("group-by"), help: "Also count the themes by this column (a table's metadata column, department, region or question); repeatable.")
    var groupBy: [String] = []

    @Option(help: "Largest input file accepted, in bytes (default 50000000).")
    var maxBytes: Int?

    @Option(help: "Deepest HTML element nesting accepted (default 256).")
    var maxDepth: Int?

    @Option(help: "Longest time one file may take, in seconds (default 60).")
    var timeLimit: Double?

    @Option(help: "Memory the files being ingested at once may take together, in bytes (default: half the machine's or control group's memory).")
    var maxMemory: Int?

    /// Flags over the file over the defaults; then checked.
    func resolve(warn: (String) -> Void) throws -> RunSettings {
        let file = try config.map { try ConfigFile.load($0, warn: warn) } ?? ConfigFile()
        guard let input = input ?? file.input else { throw ValidationError("no input folder: give --input or `input:` in the config file") }
        guard let out = out ?? file.out else { throw ValidationError("no output folder: give --out or `out:` in the config file") }
        let defaults = IngestOptions.defaults
        let settings = RunSettings(
            input: input, lexicons: lexicons ?? file.lexicons ?? "lexicons", out: out,
            state: state ?? file.state ?? URL(fileURLWithPath: out).appendingPathComponent("state.sqlite").path,
            jobs: jobs ?? file.jobs ?? ProcessInfoCores.count, asOf: asOf ?? file.asOf, previous: previous ?? file.previous,
            followLinks: followLinks || file.followLinks == true,
            limits: .init(
                maxBytes: maxBytes ?? file.maxBytes ?? defaults.maxBytes, maxDepth: maxDepth ?? file.maxDepth ?? defaults.maxDepth,
                timeLimit: timeLimit ?? file.timeLimit ?? defaults.timeLimitSeconds,
                maxMemory: maxMemory ?? file.maxMemory ?? MemoryBudget.defaultLimit),
            tables: file.tables, groupBy: groupBy.isEmpty ? file.groupBy : groupBy)
        try Self.check(settings)
        return settings
    }

    static func check(_ s: RunSettings) throws {
        guard s.jobs > 0 else { throw ValidationError("jobs must be at least 1") }
        guard s.limits.maxBytes > 0, s.limits.maxDepth > 0, s.limits.timeLimit > 0, s.limits.maxMemory > 0 else {
            throw ValidationError("limits must be positive")
        }
        try ReportOptions.checkAsOf(s.asOf)
    }
}

/// A config file's values, every one optional.
struct ConfigFile {
    static let version = 1
    static let keys: Set<String> = ["version", "input", "lexicons", "out", "state", "jobs", "as_of", "previous", "follow_links", "limits", "tables", "group_by"]
    static let limitKeys: Set<String> = ["max_bytes", "max_depth", "time_limit", "max_memory"]

    var input, lexicons, out, state, asOf, previous: String?
    var jobs, maxBytes, maxDepth, maxMemory: Int?
    var timeLimit: Double?
    var followLinks: Bool?
    var tables: [TableConfig] = []
    var groupBy: [String] = []

    /// Reads and checks a config file: a missing file, bad YAML, a version other than 1 or a value of
    /// the wrong type is fatal (before any work); an unknown key is a warning.
    static func load(_ path: String, warn: (String) -> Void) throws -> ConfigFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw FatalError("cannot read the config file \(path)") }
        let root: Any?
        do {
            root = try BoundedYAML.load(text)
        } catch let error as BoundedYAML.TooLarge {
            throw FatalError("config \(path): \(error)")
        } catch {
            throw FatalError("config \(path): not YAML: \(error)")
        }
        guard let map = root as? [String: Any] else { throw FatalError("config \(path): expected keys such as `version: 1`, `input:`, `out:`") }
        guard let version = map["version"] as? Int else { throw FatalError("config \(path): no `version:` (this segur-pipeline reads version \(Self.version))") }
        guard version == Self.version else { throw FatalError("config \(path): version \(version) is not supported (this segur-pipeline reads version \(Self.version))") }
        for key in map.keys.sorted() where !keys.contains(key) { warn("config \(path): unknown key `\(key)` ignored") }
        let limits = map["limits"] as? [String: Any] ?? [:]
        if map["limits"] != nil && map["limits"] as? [String: Any] == nil { throw FatalError("config \(path): `limits` must hold max_bytes, max_depth, time_limit, max_memory") }
        for key in limits.keys.sorted() where !limitKeys.contains(key) { warn("config \(path): unknown key `limits.\(key)` ignored") }
        func value<T>(_ m: [String: Any], _ key: String, _ prefix: String = "") throws -> T? {
            guard let v = m[key] else { return nil }
            if T.self == Bool.self, !(v is Bool) { throw FatalError("config \(path): `\(prefix)\(key)` must be true or false, not \(v)") }
            if T.self == Double.self, let i = v as? Int { return Double(i) as? T }
            if T.self == String.self, let date = v as? Date {  // YAML reads 2026-01-01 as a timestamp
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "UTC")!
                let c = calendar.dateComponents([.year, .month, .day], from: date)
                return CalendarDate(year: c.year!, month: c.month!, day: c.day!)?.description as? T
            }
            guard let typed = v as? T else { throw FatalError("config \(path): `\(prefix)\(key)` must be \(T.self == String.self ? "text" : "a number"), not \(v)") }
            return typed
        }
        return ConfigFile(
            input: try value(map, "input"), lexicons: try value(map, "lexicons"), out: try value(map, "out"),
            state: try value(map, "state"), asOf: try value(map, "as_of"), previous: try value(map, "previous"),
            jobs: try value(map, "jobs"), maxBytes: try value(limits, "max_bytes", "limits."),
            maxDepth: try value(limits, "max_depth", "limits."), maxMemory: try value(limits, "max_memory", "limits."), timeLimit: try value(limits, "time_limit", "limits."),
            followLinks: try value(map, "follow_links"), tables: try TableConfig.load(map["tables"], path: path, warn: warn),
            groupBy: try columns(map["group_by"], path: path))
    }
}

/// `group_by:` of a config file: a column name or a list of them.
private func columns(_ value: Any?, path: String) throws -> [String] {
    guard let value else { return [] }
    if let one = value as? String { return [one] }
    guard let list = value as? [Any], let names = list as? [String] else { throw FatalError("config \(path): `group_by` must be a column name or a list of them") }
    return names
}

struct DumpConfigCommand: ParsableCommand {
    /// The tables under the input folder and how a run reads them, as `tables:` entries in YAML
    /// comments: configured ones as written, the others as recognised (by their shape or their
    /// column names), ready to copy into the config file and change.
    static func tablesFound(_ settings: RunSettings) throws -> String {
        guard let root = try? InputRoot(settings.input) else { return "" }
        let listing = InputWalker.walk(root, followLinks: settings.followLinks)
        let expansion = try TableExpansion(configs: settings.tables, root: root, maxBytes: settings.limits.maxBytes).expand(listing.documents)
        guard !expansion.mappings.isEmpty else { return "" }
        var text = "# Tables under the input and how they are read (copy an entry under `tables:` to change it):\n"
        for (path, m) in expansion.mappings {
            var entry = settings.tables.first { $0.matches(path) }
                ?? TableConfig(id: m.id, date: m.date, postalCode: m.postalCode, title: m.title, text: m.text, exclude: m.exclude)
            entry.files = path
            text += "# \(m.source):\n"
            let yaml = try YAMLEncoder().encode([entry])
            for line in yaml.split(separator: "\n") { text += "#   \(line)\n" }
        }
        return text
    }

    static let configuration = CommandConfiguration(
        commandName: "dump-config",
        abstract: "Prints the settings a `run` with these flags and config file would use."
    )

    @OptionGroup var flags: RunFlags

    func run() throws {
        do {
            let settings = try flags.resolve { FileHandle.standardError.write(Data("warning: \($0)\n".utf8)) }
            print(try settings.yaml(), terminator: "")
            print(try Self.tablesFound(settings), terminator: "")
        } catch let error as FatalError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitStatus.fatal
        }
    }
}
