import Foundation
import Ingest
import Testing

@testable import segur_pipeline

/// Outputs are streamed to a temporary file and put in place atomically, or left untouched when
/// their bytes are the same.
struct StagedFileTests {
    /// More than the writer's one-megabyte buffer, so that it drains several times.
    static let lines: [[UInt8]] = (0..<50_000).map { Array("{\"ligne\":\($0),\"texte\":\"télémédecine en EHPAD\"}\n".utf8) }

    @Test func writesStreamedBytesAndTheirDigest() throws {
        let dir = try ScratchFolder()
        let out = OutputFolder(url: dir.url)
        let file = try out.staged("documents.jsonl")
        for line in Self.lines { try file.append(line) }
        #expect(!FileManager.default.fileExists(atPath: dir.path("documents.jsonl")), "visible before commit")
        let (digest, written) = try file.commit()
        let whole = Self.lines.flatMap { $0 }
        #expect(written)
        #expect(whole.count > 1 << 21)
        #expect(try Array(Data(contentsOf: dir.url.appendingPathComponent("documents.jsonl"))) == whole)
        #expect(digest == ContentDigest.sha256(whole))
        // What an unchanged rerun checks its outputs with, read back from the disk.
        #expect(StagedFile.digest(of: dir.url.appendingPathComponent("documents.jsonl")) == digest)
        #expect(StagedFile.digest(of: dir.url.appendingPathComponent("absent.jsonl")) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func sameBytesLeaveTheFileAloneOtherBytesReplaceIt() throws {
        let dir = try ScratchFolder()
        let out = OutputFolder(url: dir.url)
        #expect(try out.write("findings.csv", Data("thème;score\nEHPAD;3\n".utf8)).written)
        let target = dir.url.appendingPathComponent("findings.csv")
        let inode = try FileManager.default.attributesOfItem(atPath: target.path)[.systemFileNumber] as? NSNumber
        #expect(try !out.write("findings.csv", Data("thème;score\nEHPAD;3\n".utf8)).written)
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.systemFileNumber] as? NSNumber == inode)
        // Same size, other bytes: replaced.
        #expect(try out.write("findings.csv", Data("thème;score\nEHPAD;4\n".utf8)).written)
        #expect(try String(contentsOf: target, encoding: .utf8) == "thème;score\nEHPAD;4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { $0.hasPrefix(".") }.isEmpty)
    }

    /// A flush started early covers what was appended before it; what comes after it is still
    /// written and synced by the commit.
    @Test func bytesAppendedAfterAnEarlyFlushAreKept() throws {
        let dir = try ScratchFolder()
        let out = OutputFolder(url: dir.url)
        for split in [0, 7, Self.lines.count] {
            let name = "split-\(split).jsonl"
            let file = try out.staged(name)
            for line in Self.lines[..<split] { try file.append(line) }
            try file.startFlush()
            for line in Self.lines[split...] { try file.append(line) }
            let (digest, written) = try file.commit()
            let whole = Self.lines.flatMap { $0 }
            #expect(written)
            #expect(try Array(Data(contentsOf: dir.url.appendingPathComponent(name))) == whole)
            #expect(digest == ContentDigest.sha256(whole))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { $0.hasPrefix(".") }.isEmpty)
    }

    /// A file dropped without its commit (an error on the way) waits for the flush it started,
    /// never touches its target, and leaves only a temporary file, which the next run removes.
    @Test func droppedFileLeavesTheTargetAlone() throws {
        let dir = try ScratchFolder()
        let out = OutputFolder(url: dir.url)
        try out.write("report.md", Data("# Ancien rapport\n".utf8))
        do {
            let file = try out.staged("report.md")
            for line in Self.lines { try file.append(line) }
            try file.startFlush()
        }
        #expect(try String(contentsOf: dir.url.appendingPathComponent("report.md"), encoding: .utf8) == "# Ancien rapport\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { $0.hasPrefix(".report.md.tmp-") }.count == 1)
        out.removeStaleTemporaries()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).sorted() == ["report.md"])
    }
}
