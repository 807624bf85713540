import Foundation

/// A file under the input root.
struct InputFile: Sendable, Hashable {
    var url: URL
    /// Relative to the input root, `/`-separated.
    var relativePath: String
}

/// Lists the files of an input folder: regular files only, hidden files and folders skipped,
/// sorted by relative path so that every run sees the same order.
enum InputWalker {
    static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "txt", "text", "md", "markdown"]

    /// - Returns: the document files, and the other files (listed as skipped in diagnostics).
    static func walk(_ root: URL) throws -> (documents: [InputFile], skipped: [InputFile]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FatalError("input folder \(root.path) does not exist or is not a folder")
        }
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { throw FatalError("cannot list \(root.path)") }
        let rootPath = root.standardizedFileURL.path
        var documents: [InputFile] = []
        var skipped: [InputFile] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: Set(keys)))?.isRegularFile == true else { continue }
            var relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count))
            while relative.hasPrefix("/") { relative.removeFirst() }
            let file = InputFile(url: url, relativePath: relative)
            if documentExtensions.contains(url.pathExtension.lowercased()) {
                documents.append(file)
            } else {
                skipped.append(file)
            }
        }
        return (documents.sorted { $0.relativePath < $1.relativePath }, skipped.sorted { $0.relativePath < $1.relativePath })
    }
}
