import Foundation
import Ingest
import Testing

@testable import segur_pipeline

#if canImport(Glibc)
import Glibc
#endif

/// An input folder filled by someone else: twin names, links out of it, pipes, files swapped while
/// the run walks it, folders it cannot list, paths longer than PATH_MAX. Nothing crashes, hangs,
/// leaks a file from outside the root or goes missing without a diagnostics line.
@Suite(.serialized) struct HostileFileSystemTests {
    static let text = "Compte rendu\n\nDate : 9 juin 2020\n\nLa télémédecine progresse dans les EHPAD de la région.\n"

    /// `santé.txt` in NFC and in NFD are two files on disk: two documents, two state rows, and a
    /// rerun on that state (which holds both) works, as does one after a twin is removed.
    @Test func namesThatNormaliseAlikeStayTwoFiles() throws {
        let dir = try ScratchFolder()
        let nfc = "sant\u{E9}.txt", nfd = "sante\u{301}.txt"
        #expect(nfc == nfd)  // what Swift's String says, and why paths are compared as bytes
        try dir.write("in/" + nfc, Self.text + "Première.\n")
        try dir.write("in/" + nfd, Self.text + "Seconde.\n")
        let args = ["run", "--input", dir.path("in"), "--out", dir.path("out"), "--lexicons", Self.lexicons, "--quiet", "--jobs", "2"]
        let first = try CLIRunner.run(args)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let paths = try dir.jsonLines("out/documents.jsonl").compactMap { $0["path"] as? String }
        #expect(paths.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) } == [Array(nfd.utf8), Array(nfc.utf8)])
        let report = try Data(contentsOf: dir.url.appendingPathComponent("out/findings.json"))

        let second = try CLIRunner.run(args)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("out/findings.json")) == report)

        try FileManager.default.removeItem(atPath: dir.path("in/" + nfd))
        let third = try CLIRunner.run(args)
        #expect(third.status == 0, "stderr: \(third.stderr)")
        let left = try dir.jsonLines("out/documents.jsonl").compactMap { $0["path"] as? String }
        #expect(left.map { Array($0.utf8) } == [Array(nfc.utf8)])
    }

    /// A link to a file outside the root is not read, even when links are followed; a FIFO is
    /// listed, not opened; both get a diagnostics line and the run ends.
    @Test func linksOutOfTheRootAndPipesAreListedNotRead() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.text)
        try dir.write("secret/mots-de-passe.txt", "root:x:0:0 secret")
        try FileManager.default.createSymbolicLink(atPath: dir.path("in/fuite.txt"), withDestinationPath: dir.path("secret/mots-de-passe.txt"))
        #expect(mkfifo(dir.path("in/tube.txt"), 0o644) == 0)
        for follow in [false, true] {
            let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--quiet"] + (follow ? ["--follow-links"] : []))
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let documents = try String(contentsOf: dir.url.appendingPathComponent("out/documents.jsonl"), encoding: .utf8)
            #expect(!documents.contains("secret"))
            let codes = Dictionary(uniqueKeysWithValues: try dir.jsonLines("out/diagnostics.jsonl").map { ($0["path"] as! String, $0["code"] as! String) })
            #expect(codes == ["fuite.txt": follow ? "link-outside-input" : "symlink", "tube.txt": "not-a-regular-file"])
        }
    }

    /// Listed as a regular file, then swapped for a link out of the root, a FIFO or a folder link
    /// before it is read: each read is refused with a reason, none follows or blocks.
    @Test func aFileSwappedAfterTheWalkIsRefused() throws {
        let dir = try ScratchFolder()
        try dir.write("in/lien.txt", Self.text)
        try dir.write("in/tube.txt", Self.text)
        try dir.write("in/sous/c.txt", Self.text)
        try dir.write("dehors/c.txt", "secret")
        try dir.write("dehors/x.txt", "secret")
        let root = try InputRoot(dir.path("in"))
        let listing = InputWalker.walk(root)
        #expect(listing.documents.map(\.relativePath) == ["lien.txt", "sous/c.txt", "tube.txt"])
        let fm = FileManager.default
        try fm.removeItem(atPath: dir.path("in/lien.txt"))
        try fm.createSymbolicLink(atPath: dir.path("in/lien.txt"), withDestinationPath: dir.path("dehors/x.txt"))
        try fm.removeItem(atPath: dir.path("in/tube.txt"))
        #expect(mkfifo(dir.path("in/tube.txt"), 0o644) == 0)
        try fm.removeItem(atPath: dir.path("in/sous"))
        try fm.createSymbolicLink(atPath: dir.path("in/sous"), withDestinationPath: dir.path("dehors"))
        for file in listing.documents {
            #expect(throws: IngestFailure.self) { try FileReader.read(file, in: root, maxBytes: 1 << 20) }
            do {
                _ = try FileReader.read(file, in: root, maxBytes: 1 << 20)
            } catch {
                #expect(error.reason == .notRegularFile, "\(file.relativePath): \(error)")
            }
        }
    }

    /// A folder that cannot be listed is a diagnostics error and makes the run exit 2; the rest is read.
    /// Run without the capabilities that let root read any folder, so the test holds as root too.
    @Test func aFolderThatCannotBeListedExitsTwo() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.text)
        try dir.write("in/ferme/b.txt", Self.text)
        #expect(chmod(dir.path("in/ferme"), 0) == 0)
        defer { chmod(dir.path("in/ferme"), 0o755) }
        let r = try CLIRunner.runWithoutOverridingPermissions([
            "run", "--input", dir.path("in"), "--out", dir.path("out"), "--lexicons", Self.lexicons, "--quiet",
        ])
        #expect(r.status == 2, "stderr: \(r.stderr)")
        #expect(try dir.jsonLines("out/documents.jsonl").count == 1)
        let diagnostics = try dir.jsonLines("out/diagnostics.jsonl")
        #expect(diagnostics.map { "\($0["path"]!) \($0["code"]!) \($0["severity"]!)" } == ["ferme unlistable-folder error"])
    }

    /// Paths are opened one component at a time from the root: a file 5,000 bytes deep is read.
    @Test func aPathLongerThanPathMaxIsRead() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.text)
        let name = String(repeating: "d", count: 200)
        var fd = open(dir.path("in"), O_RDONLY | O_DIRECTORY)
        for _ in 0..<25 {
            #expect(mkdirat(fd, name, 0o755) == 0)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let file = openat(fd, "long.txt", O_WRONLY | O_CREAT, 0o644)
        _ = Self.text.withCString { write(file, $0, strlen($0)) }
        close(file)
        close(fd)
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--quiet"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let paths = try dir.jsonLines("out/documents.jsonl").compactMap { $0["path"] as? String }
        #expect(paths.count == 2)
        #expect(paths.contains { $0.hasSuffix("/long.txt") && $0.utf8.count > Int(PATH_MAX) })
    }

    static var lexicons: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../lexicons").standardizedFileURL.path
    }
}
