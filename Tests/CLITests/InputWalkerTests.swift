import Foundation
import Testing

@testable import segur_pipeline

/// What the walker lists: regular files at any depth, in path order, with their sizes; hidden
/// entries and folders reached through links left out; links to files taken for their target.
struct InputWalkerTests {
    @Test func listsWhatARunReads() throws {
        let dir = try ScratchFolder()
        try dir.write("in/b.html", "<p>deux</p>")
        try dir.write("in/a.txt", "un")
        try dir.write("in/sous/c.md", "# trois")
        try dir.write("in/sous/plus/d.htm", "<p>quatre</p>")
        try dir.write("in/.cache/e.html", "<p>caché</p>")
        try dir.write("in/.f.html", "<p>caché</p>")
        try dir.write("in/notes.pdf", "%PDF")
        try dir.write("ailleurs/lien.txt", "cible d'un lien")
        try dir.write("ailleurs/dossier/g.txt", "dans un dossier lié")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.path("in/lien.txt"), withDestinationPath: dir.path("ailleurs/lien.txt"))
        try fm.createSymbolicLink(atPath: dir.path("in/dossier"), withDestinationPath: dir.path("ailleurs/dossier"))
        try fm.createSymbolicLink(atPath: dir.path("in/casse.txt"), withDestinationPath: dir.path("ailleurs/absent.txt"))

        let (documents, skipped) = try InputWalker.walk(URL(fileURLWithPath: dir.path("in")))
        #expect(documents.map(\.relativePath) == ["a.txt", "b.html", "lien.txt", "sous/c.md", "sous/plus/d.htm"])
        #expect(skipped.map(\.relativePath) == ["notes.pdf"])
        // The link's size is its target's (15 bytes), not the length of the link itself.
        #expect(documents.map(\.size) == [2, 11, 15, 7, 13])
        #expect(documents.allSatisfy { $0.path == dir.path("in/" + $0.relativePath) })
    }

    @Test func aMissingFolderIsAFatalError() throws {
        let dir = try ScratchFolder()
        #expect(throws: FatalError.self) { try InputWalker.walk(URL(fileURLWithPath: dir.path("absent"))) }
    }
}
