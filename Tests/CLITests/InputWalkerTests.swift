import Foundation
import Testing

@testable import segur_pipeline

/// What the walker lists: regular files at any depth, in path order, with their sizes; every other
/// entry listed as skipped with its reason; links followed only when asked, and only inside the root.
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

        try dir.write("in/interne/cible.txt", "cible interne")
        try fm.createSymbolicLink(atPath: dir.path("in/interne-lien.txt"), withDestinationPath: "interne/cible.txt")

        let listing = InputWalker.walk(try InputRoot(dir.path("in")))
        #expect(listing.documents.map(\.relativePath) == ["a.txt", "b.html", "interne/cible.txt", "sous/c.md", "sous/plus/d.htm"])
        #expect(listing.documents.map(\.size) == [2, 11, 13, 7, 13])
        #expect(listing.documents.allSatisfy { $0.path == dir.path("in/" + $0.relativePath.text) && $0.readPath == $0.relativePath })
        let skipped = listing.skipped.map { "\($0.path) \($0.code)" }
        #expect(skipped == [
            ".cache hidden", ".f.html hidden", "casse.txt symlink", "dossier symlink", "interne-lien.txt symlink",
            "lien.txt symlink", "notes.pdf not-a-document",
        ])
        #expect(listing.unlisted == 0)

        // Asked to, links to files inside the root are read (under their own name); the others stay out.
        let following = InputWalker.walk(try InputRoot(dir.path("in")), followLinks: true)
        #expect(following.documents.map(\.relativePath) == ["a.txt", "b.html", "interne-lien.txt", "interne/cible.txt", "sous/c.md", "sous/plus/d.htm"])
        #expect(following.documents[2].readPath == "interne/cible.txt")
        #expect(following.documents[2].size == 13)
        #expect(following.skipped.map { "\($0.path) \($0.code)" } == [
            ".cache hidden", ".f.html hidden", "casse.txt link-outside-input", "dossier link-outside-input",
            "lien.txt link-outside-input", "notes.pdf not-a-document",
        ])
    }

    @Test func aMissingFolderIsAFatalError() throws {
        let dir = try ScratchFolder()
        #expect(throws: FatalError.self) { try InputRoot(dir.path("absent")) }
    }
}
