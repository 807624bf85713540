import Crypto
import Testing

@testable import Ingest

struct SourceInfoTests {
    @Test(arguments: [
        ("ars/page.HTML", "html"), ("minutes.md", "md"), ("a.b/notes", ""), (".profile", ""), ("dir/.hidden", ""),
        ("archive.tar.GZ", "gz"), ("sans-extension", ""), ("compte-rendu.Txt", "txt"), ("été/réunion.html", "html"),
    ])
    func pathExtension(_ path: String, _ expected: String) {
        #expect(SourceInfo(relativePath: path).pathExtension == expected)
    }

    /// FIPS 180-2's examples, and a document id is the first 16 digits of its path's digest.
    @Test func hexDigests() {
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SourceInfo(relativePath: "abc").documentID == "doc-ba7816bf8f01cfea")
    }
}
