import Foundation
import GRDB

/// The run state in SQLite (rollback journal, 64 KB pages, busy timeout): one row per input file, and a few counters.
///
/// The schema version is checked when the file is opened: an unknown version or a failed
/// `PRAGMA quick_check` is a fatal error, and the file is left exactly as it was (never rebuilt
/// silently: it may hold the only record of what was processed).
final class StateStore: Sendable {
    static let schemaVersion = 2
    static let pageSize = 65536
    static let journalMode = "delete"
    let path: String
    private let queue: DatabaseQueue

    /// Opens the state, or creates it, and starts a new run, numbered one more than the last, in
    /// the transaction that checks the schema: a new state costs one commit, not two.
    static func openForRun(path: String) throws -> (store: StateStore, run: Int) {
        var run = 0
        let store = try StateStore(path: path) { db in run = try beginRun(db) }
        return (store, run)
    }

    /// Opens the state, or creates it, without starting a run.
    convenience init(path: String) throws {
        try self.init(path: path) { _ in }
    }

    private init(path: String, whileChecked: (Database) throws -> Void) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // A row holds a document's JSON (15 KB on average): with SQLite's default 4 KB pages a
        // full run made 100,000 read and write calls. Only a new file takes the page size (it is
        // fixed by the first write); an existing state keeps the one it was made with.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try Self.checkOrCreate(db, path: path)
                try whileChecked(db)
            }
            // A rollback journal, not a write-ahead log: the rows a run adds go to the end of the
            // file and need no journal, where a WAL writes every page twice (log, then checkpoint:
            // about 0.25 s of a 4 s run on the benchmark corpus). Commits stay atomic and durable
            // (SQLite's default, synchronous FULL), and the run lock keeps a second writer out.
            // A state from an earlier release, in WAL mode, is switched once its checks passed.
            try queue.writeWithoutTransaction { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = \(Self.journalMode)")
                guard mode == Self.journalMode else { throw Self.unusable(path, "journal mode \(mode ?? "?") instead of \(Self.journalMode)") }
            }
        } catch let error as FatalError {
            throw error
        } catch let error as DatabaseError {
            throw Self.unusable(path, error.message ?? "\(error)")
        } catch {
            throw Self.unusable(path, "\(error)")
        }
    }

    static func unusable(_ path: String, _ why: String) -> FatalError {
        FatalError("state file \(path) cannot be used (\(why)). Nothing was changed: move it aside to start afresh, or restore it from a backup.")
    }

    /// Every column but the stage results: reading the rows' summaries (twice a run, to decide
    /// what changed and to key the outputs) scans this index, not the table, whose pages are
    /// mostly the stage results' JSON (a full read of the state each time).
    private static let summaryIndex = """
        CREATE INDEX documents_summary ON documents (path, sha256, size, tool_version, options_digest, status, reason, \
        message, lexicon_digest, ingested_run, classified_run, stamp)
        """

    private static func checkOrCreate(_ db: Database, path: String) throws {
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard check == ["ok"] else { throw unusable(path, "quick_check: \(check.prefix(3).joined(separator: "; "))") }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if version == 0 && tables.isEmpty {
            try db.execute(sql: """
                CREATE TABLE documents (
                    path TEXT PRIMARY KEY NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    tool_version TEXT NOT NULL,
                    options_digest TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('ingested', 'quarantined')),
                    reason TEXT,
                    message TEXT,
                    lexicon_digest TEXT,
                    ingested_run INTEGER NOT NULL,
                    classified_run INTEGER,
                    stamp TEXT,
                    warnings BLOB,
                    document BLOB,
                    classified BLOB
                );
                \(summaryIndex);
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                PRAGMA user_version = \(schemaVersion);
                """)
        } else if version == 1 {
            // Version 2 adds the files' stamps; rows without one are hashed on their next run. (A
            // new file has the small columns first: reading a row's summary then stops before its
            // blobs, where a column after them is reached through every overflow page.)
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN stamp TEXT; \(summaryIndex); PRAGMA user_version = \(schemaVersion);")
        } else if version != schemaVersion {
            throw unusable(path, "schema version \(version); this segur-pipeline reads version \(schemaVersion)")
        }
    }

    /// Every row; with `results: false`, without the stage results (their JSON is most of the
    /// file): what deciding which files changed needs.
    func records(results: Bool = true) throws -> [InputPath: DocumentRecord] {
        try queue.read { db in
            let rows = results
                ? try DocumentRecord.fetchAll(db)
                : try DocumentRecord.select(DocumentRecord.summaryColumns).fetchAll(db)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0) })
        }
    }

    /// Calls `body` with each of `paths` and its row (with its stage results; nil when there is
    /// none) in that order, one at a time, in one read transaction: the stored results of a whole
    /// corpus are never in memory at once.
    func forEachRecord(_ paths: [InputPath], _ body: (InputPath, DocumentRecord?) throws -> Void) throws {
        try queue.read { db in
            for path in paths { try body(path, try Self.fetch(path, db)) }
        }
    }

    /// One row with its stage results.
    func record(path: InputPath) throws -> DocumentRecord? {
        try queue.read { db in try Self.fetch(path, db) }
    }

    /// Through a statement compiled once per connection: the query interface builds and compiles
    /// its SQL again on every call, which costs more than reading the row.
    private static func fetch(_ path: InputPath, _ db: Database) throws -> DocumentRecord? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(DocumentRecord.databaseTableName) WHERE path = ?")
        return try DocumentRecord.fetchOne(statement, arguments: [path])
    }

    /// Saves a batch of rows in one transaction: one `INSERT OR REPLACE` a row (a row holds every
    /// column of the table, so replacing it loses nothing), not an update tried first, through a
    /// statement compiled once per connection.
    func save(_ records: [DocumentRecord]) throws {
        guard !records.isEmpty else { return }
        try queue.write { db in
            let statement = try db.cachedStatement(sql: DocumentRecord.replaceSQL)
            for record in records { try statement.execute(arguments: record.replaceArguments) }
        }
    }

    /// Sets the stamps of rows whose files were hashed and found unchanged (path, stamp).
    func setStamps(_ stamps: [(InputPath, String)]) throws {
        guard !stamps.isEmpty else { return }
        try queue.write { db in
            let statement = try db.cachedStatement(sql: "UPDATE \(DocumentRecord.databaseTableName) SET stamp = ? WHERE path = ?")
            for (path, stamp) in stamps { try statement.execute(arguments: [stamp, path]) }
        }
    }

    func delete(paths: [InputPath]) throws {
        guard !paths.isEmpty else { return }
        try queue.write { db in _ = try DocumentRecord.deleteAll(db, keys: paths) }
    }

    func meta(_ key: String) throws -> String? {
        try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    func setMeta(_ key: String, _ value: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// Counts a new run: its number, one more than the last.
    private static func beginRun(_ db: Database) throws -> Int {
        let last = Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'runs'", arguments: []) ?? "0") ?? 0
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('runs', ?)", arguments: ["\(last + 1)"])
        return last + 1
    }
}
