import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The nightly job: incremental reruns asserted from the state, lexicon changes, locks, kills,
/// a damaged state, configuration.
struct NightlyRunTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")
    static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons")

    /// A scratch folder holding `copies` copies of the corpus under `in/` and a copy of the lexicons.
    func setUp(copies: Int = 1) throws -> ScratchFolder {
        let dir = try ScratchFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0 != "MANIFEST" }
        for i in 0..<copies {
            for name in names {
                try dir.write("in/c\(i)-\(name)", [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name))))
            }
        }
        try FileManager.default.copyItem(at: Self.lexicons, to: dir.url.appendingPathComponent("lex"))
        return dir
    }

    func run(_ dir: ScratchFolder, _ extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("out"), "--as-of", "2026-01-01", "-q"] + extra)
    }

    /// (path, ingested_run, classified_run) of every state row.
    func rows(_ dir: ScratchFolder) throws -> [(String, Int, Int?)] {
        let db = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, ingested_run, classified_run FROM documents ORDER BY path").map { ($0[0], $0[1], $0[2]) }
        }
    }

    func outputs(_ dir: ScratchFolder, _ folder: String = "out") throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path(folder))
            .filter { !$0.contains("manifest") && !$0.contains("state.sqlite") && $0 != ".segur-pipeline.lock" }
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: dir.path("\(folder)/\($0)")))) })
    }

    @Test func unchangedRerunDoesNoWork() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let first = try outputs(dir)
        #expect(try rows(dir).allSatisfy { $0.1 == 1 && $0.2 == 1 })
        #expect(try run(dir).status == 0)
        #expect(try rows(dir).allSatisfy { $0.1 == 1 && $0.2 == 1 }, "a rerun with no change ingested or classified again")
        #expect(try outputs(dir) == first)
        #expect(first.keys.sorted() == ["classified.jsonl", "diagnostics.jsonl", "documents.jsonl", "findings.csv", "findings.json", "report.html", "report.md"])
    }

    /// An unchanged rerun trusts outputs by their stamp (size, modification time, inode); one that
    /// was deleted, edited or replaced is written again, whatever its size.
    @Test func outputsChangedByHandAreRewritten() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let first = try outputs(dir)
        try FileManager.default.removeItem(atPath: dir.path("out/report.html"))
        var markdown = try #require(first["report.md"])
        markdown[0] = markdown[0] == 0x23 ? 0x2A : 0x23  // same size, other bytes
        try markdown.write(to: URL(fileURLWithPath: dir.path("out/report.md")))
        #expect(try run(dir).status == 0)
        #expect(try outputs(dir) == first)
        #expect(try rows(dir).allSatisfy { $0.1 == 1 && $0.2 == 1 }, "outputs are rebuilt from the state, not by ingesting again")
    }

    @Test func changedLexiconReclassifiesOnly() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let lexicon = dir.path("lex/themes/telemedecine.tsv")
        try (try String(contentsOfFile: lexicon, encoding: .utf8) + "visioconsultation\tstem\t1\n").write(toFile: lexicon, atomically: true, encoding: .utf8)
        #expect(try run(dir).status == 0)
        let after = try rows(dir)
        #expect(after.allSatisfy { $0.1 == 1 && $0.2 == 2 })
    }

    @Test func changedAndDeletedInputs() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        try FileManager.default.removeItem(atPath: dir.path("in/c0-ars-occitanie-democratie-sanitaire.html"))
        let changed = dir.path("in/c0-cts-gironde-cr-2020-06-16.txt")
        try (try String(contentsOfFile: changed, encoding: .utf8) + "\nLa télémédecine en psychiatrie a été saluée.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        #expect(try run(dir).status == 0)
        let after = try rows(dir)
        #expect(!after.contains { $0.0.contains("democratie-sanitaire") })
        #expect(after.filter { $0.1 == 2 }.map(\.0) == ["c0-cts-gironde-cr-2020-06-16.txt"])
        let documents = String(decoding: try outputs(dir)["documents.jsonl"]!, as: UTF8.self)
        #expect(!documents.contains("democratie-sanitaire.html"))
        #expect(!String(decoding: try outputs(dir)["findings.json"]!, as: UTF8.self).contains("democratie-sanitaire.html"))
    }

    @Test func aSecondRunOnABusyStateRefuses() throws {
        let dir = try setUp()
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        let fd = open(dir.path("out/state.sqlite.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let refused = try run(dir, ["--verbose"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds") && refused.stderr.contains("state.sqlite.lock"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/documents.jsonl")))
        flock(fd, LOCK_UN)
        close(fd)
        #expect(try run(dir).status == 0)
    }

    /// Two runs with different states but one output folder: the second refuses too, before it
    /// touches anything (each run also locks `<out>/.segur-pipeline.lock`).
    @Test func aSecondRunOnABusyOutputFolderRefuses() throws {
        let dir = try setUp()
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        let fd = open(dir.path("out/.segur-pipeline.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let refused = try run(dir, ["--state", dir.path("autre-etat.sqlite")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the lock on the output folder"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/documents.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: dir.path("autre-etat.sqlite")))
        flock(fd, LOCK_UN)
        close(fd)
        #expect(try run(dir, ["--state", dir.path("autre-etat.sqlite")]).status == 0)
    }

    /// A rerun mixes values of this run (changed files) with rows decoded from the state
    /// (unchanged ones), while the stage files are copied from the state on another thread: its
    /// outputs must be those of a first run on the same inputs.
    @Test func partialRerunWritesWhatAFirstRunWrites() throws {
        let dir = try setUp(copies: 2)
        // Unchanged in the rerun, with a warning (no date) that only its stored row holds then.
        try dir.write("in/c2-sans-date.html", Array("<html><body><main><h1>Réunion</h1><p>Le GHT et la gouvernance hospitalière.</p></main></body></html>".utf8))
        #expect(try run(dir).status == 0)
        let changed = dir.path("in/c1-cts-gironde-cr-2020-06-16.txt")
        try (try String(contentsOfFile: changed, encoding: .utf8) + "\nLa télémédecine en EHPAD a été évoquée.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        try dir.write("in/c2-nouvelle-page.html", Array("<html><body><main><h1>Ségur</h1><p>Les urgences et la télémédecine.</p></main></body></html>".utf8))
        #expect(try run(dir).status == 0)
        #expect(try rows(dir).filter { $0.1 == 2 }.map(\.0) == ["c1-cts-gironde-cr-2020-06-16.txt", "c2-nouvelle-page.html"])
        let first = try CLIRunner.run(["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("ref"), "--as-of", "2026-01-01", "-q"])
        #expect(first.status == 0)
        let rerun = try outputs(dir)
        #expect(rerun.keys.sorted() == ["classified.jsonl", "diagnostics.jsonl", "documents.jsonl", "findings.csv", "findings.json", "report.html", "report.md"])
        #expect(rerun == (try outputs(dir, "ref")))
        #expect(String(decoding: rerun["documents.jsonl"]!, as: UTF8.self).contains("a été évoquée"))
        #expect(String(decoding: rerun["diagnostics.jsonl"]!, as: UTF8.self).contains("\"path\":\"c2-sans-date.html\",\"severity\":\"warning\""))
    }

    @Test func killedRunsResumeToTheSameOutputs() throws {
        let dir = try setUp(copies: 12)
        let reference = try CLIRunner.run(["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("ref"), "--as-of", "2026-01-01", "-q"])
        #expect(reference.status == 0)
        let started = Date()
        _ = try CLIRunner.run(["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("timing"), "--as-of", "2026-01-01", "-q"])
        let full = Date().timeIntervalSince(started)
        var kills = 0
        for fraction in [0.15, 0.45, 0.75, 0.95] {
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = ["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("out"), "--as-of", "2026-01-01", "-q"]
            try process.run()
            usleep(useconds_t(full * fraction * 1_000_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
        }
        #expect(kills >= 2, "the kills came too late to test anything (full run \(full) s)")
        #expect(try run(dir).status == 0)
        #expect(try outputs(dir) == outputs(dir, "ref"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path("out")).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func damagedStateIsAFatalErrorAndIsLeftAlone() throws {
        let dir = try setUp()
        let garbage = Data("Ceci n'est pas une base SQLite.\n".utf8) + Data(repeating: 0x42, count: 4096)
        try dir.write("out/state.sqlite", [UInt8](garbage))
        let r = try run(dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("state file") && r.stderr.contains("cannot be used") && r.stderr.contains("move it aside"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path("out/state.sqlite"))) == garbage)
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/documents.jsonl")))
    }

    /// A new state takes 64 KB pages and a rollback journal; a state written by an earlier release
    /// (SQLite's default 4 KB pages, WAL mode) is read and updated as it is, never rebuilt, and
    /// leaves WAL mode.
    @Test func pageSizeAndJournalOfNewAndExistingStates() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let db = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        #expect(try db.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 65536)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        try db.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "VACUUM")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        #expect(try db.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
        try db.close()
        let before = try outputs(dir)
        try dir.write("in/c0-zz-nouveau.txt", Array("Compte rendu\n\nLa télémédecine en EHPAD progresse dans le territoire.\n".utf8))
        #expect(try run(dir).status == 0)
        let after = try rows(dir)
        #expect(after.contains { $0.0 == "c0-zz-nouveau.txt" && $0.1 == 2 })
        #expect(after.filter { $0.0 != "c0-zz-nouveau.txt" }.allSatisfy { $0.1 == 1 }, "the old rows were processed again")
        #expect(try outputs(dir)["documents.jsonl"] != before["documents.jsonl"])
        let reopened = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        #expect(try reopened.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
        #expect(try reopened.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
    }

    /// Longer than `FileStamp.settle` (2 s): how old a file's times must be for its stamp to be trusted.
    static let stampSettle = 2.5

    /// (path, stamp) of every state row.
    func stamps(_ dir: ScratchFolder) throws -> [String: String?] {
        let db = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        return try db.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT path, stamp FROM documents").map { ($0[0], $0[1]) })
        }
    }

    /// Files are taken as unchanged without being read only by a stamp old enough to trust; a
    /// file rewritten with the same size and its old modification time gets a new change time,
    /// so it is read, and re-ingested.
    @Test func stampsAreTrustedOnlyWhenSettledAndCatchAnyRewrite() throws {
        let dir = try setUp()
        try dir.write("in/zz-fraichement-ecrit.txt", "Compte rendu\n\nLa télémédecine progresse dans les EHPAD du territoire.\n")
        #expect(try run(dir).status == 0)
        #expect(try stamps(dir)["zz-fraichement-ecrit.txt"] == .some(nil), "a file written just now has no trusted stamp")
        Thread.sleep(forTimeInterval: Self.stampSettle)
        #expect(try run(dir).status == 0)
        #expect(try rows(dir).allSatisfy { $0.1 == 1 && $0.2 == 1 }, "an unchanged file was processed again")
        #expect(try stamps(dir).values.allSatisfy { $0 != nil }, "unchanged files hashed again should now carry their stamps")
        let first = try outputs(dir)

        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path("in")).filter { $0.hasSuffix(".txt") }.sorted()[0]
        let file = dir.path("in/\(name)")
        var before = stat()
        #expect(stat(file, &before) == 0)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        let i = bytes.firstIndex(of: UInt8(ascii: "e"))!
        bytes[i] = UInt8(ascii: "a")  // same size, other content
        try dir.write("in/\(name)", bytes)
        // Its old access and modification times to the nanosecond: only the change time differs.
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        var after = stat()
        #expect(stat(file, &after) == 0 && after.st_size == before.st_size && after.st_ino == before.st_ino)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        // Settled again, so that only the change time tells the rewrite.
        Thread.sleep(forTimeInterval: Self.stampSettle)
        #expect(try run(dir).status == 0)
        let rowsAfter = try rows(dir)
        #expect(rowsAfter.first { $0.0 == name }?.1 == 3, "the rewritten file was not re-ingested")
        #expect(rowsAfter.filter { $0.0 != name }.allSatisfy { $0.1 == 1 })
        #expect(try outputs(dir)["documents.jsonl"] != first["documents.jsonl"])
    }

    /// A state of schema version 1 (no stamps) is upgraded in place: nothing is processed again.
    @Test func aVersionOneStateIsUpgradedInPlace() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let db = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        try db.write { db in
            try db.execute(sql: "DROP INDEX documents_summary; ALTER TABLE documents DROP COLUMN stamp; PRAGMA user_version = 1")
        }
        try db.close()
        #expect(try run(dir).status == 0)
        #expect(try rows(dir).allSatisfy { $0.1 == 1 && $0.2 == 1 })
        let reopened = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        #expect(try reopened.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 2)
        let plan = try reopened.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT path, sha256, stamp FROM documents").map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("COVERING INDEX documents_summary"), "\(plan)")
        #expect(try stamps(dir).count == rows(dir).count)
    }

    @Test func unknownSchemaVersionIsAFatalError() throws {
        let dir = try setUp()
        #expect(try run(dir).status == 0)
        let db = try DatabaseQueue(path: dir.path("out/state.sqlite"))
        try db.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        let r = try run(dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("schema version 99; this segur-pipeline reads version 2"))
    }

    @Test func configFilePrecedenceAndWarnings() throws {
        let dir = try setUp()
        try dir.write("nightly.yml", "version: 1\ninput: \(dir.path("in"))\nout: \(dir.path("out"))\njobs: 3\nas_of: 2026-02-01\nlimits:\n  max_depth: 300\n  vitesse: 2\ncouleur: bleu\n")
        let dumped = try CLIRunner.run(["dump-config", "--config", dir.path("nightly.yml"), "--jobs", "1"])
        #expect(dumped.status == 0, "\(dumped.stderr)")
        #expect(dumped.stdout.contains("jobs: 1"))
        #expect(dumped.stdout.contains("max_depth: 300"))
        #expect(dumped.stdout.contains("as_of: 2026-02-01") || dumped.stdout.contains("as_of: '2026-02-01'"))
        #expect(dumped.stdout.contains("max_bytes: 50000000"))
        #expect(dumped.stdout.contains("state: \(dir.path("out/state.sqlite"))"))
        #expect(dumped.stderr.contains("unknown key `couleur`") && dumped.stderr.contains("unknown key `limits.vitesse`"))
        try dir.write("bad.yml", "version: 7\n")
        let bad = try CLIRunner.run(["dump-config", "--config", dir.path("bad.yml")])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("version 7 is not supported"))
        try dir.write("typed.yml", "version: 1\ninput: a\nout: b\njobs: beaucoup\n")
        let typed = try CLIRunner.run(["dump-config", "--config", dir.path("typed.yml")])
        #expect(typed.status == 1)
        #expect(typed.stderr.contains("`jobs` must be a number"))
    }

    @Test func outputsDoNotDependOnJobs() throws {
        let dir = try setUp(copies: 3)
        for jobs in ["1", "3"] {
            let r = try CLIRunner.run(["run", "--input", dir.path("in"), "--lexicons", dir.path("lex"), "--out", dir.path("out-\(jobs)"), "--jobs", jobs, "--as-of", "2026-01-01", "-q"])
            #expect(r.status == 0)
        }
        let one = try outputs(dir, "out-1")
        #expect(!one.isEmpty)
        #expect(one == (try outputs(dir, "out-3")))
    }

    @Test func quarantinedFilesGiveExitTwoOnEveryRun() throws {
        let dir = try setUp()
        try dir.write("in/vide.txt", "")
        #expect(try run(dir).status == 2)
        #expect(try run(dir).status == 2)
        let diagnostics = String(decoding: try outputs(dir)["diagnostics.jsonl"]!, as: UTF8.self)
        #expect(diagnostics.contains("\"code\":\"empty\""))
    }
}
