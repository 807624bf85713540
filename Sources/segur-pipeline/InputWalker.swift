import Foundation

/// A file under the input root.
struct InputFile: Sendable, Hashable {
    /// The file's path: the input root's joined with ``relativePath`` (a string, not a `URL`:
    /// making a `URL` per file was a tenth of an unchanged rerun).
    var path: String
    /// Relative to the input root, `/`-separated.
    var relativePath: String
    /// Bytes, when listed: to schedule the largest files first.
    var size = 0
    /// When listed, if its times are old enough to be trusted (``FileStamp``).
    var stamp: FileStamp?
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
        // opendir/readdir and stat(2) on path strings: Foundation's enumerator and URL bridging
        // cost more than hashing the files on an unchanged rerun.
        var documents: [InputFile] = []
        var skipped: [InputFile] = []
        var folders: [String] = [""]
        let now = FileStamp.now()
        while let relativeFolder = folders.popLast() {
            let folderPath = relativeFolder.isEmpty ? root.path : root.path + "/" + relativeFolder
            guard let dir = opendir(folderPath) else {
                if relativeFolder.isEmpty { throw FatalError("cannot list \(root.path)") }
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let rawName = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                let name = String(decoding: rawName, as: UTF8.self)
                guard !name.hasPrefix(".") else { continue }  // hidden, and . and ..
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let path = root.path + "/" + relative
                guard Array(name.utf8) == rawName else {
                    // Not UTF-8: no path string can open it. Listed (as skipped), never silently lost.
                    skipped.append(InputFile(path: path, relativePath: relative))
                    continue
                }
                // Relative to the open folder: one path component to resolve, not the whole path.
                var info = stat()
                guard fstatat(dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                // Folders are entered only when they are folders themselves, not links to one.
                if info.st_mode & S_IFMT == S_IFDIR {
                    folders.append(relative)
                    continue
                }
                // A link is taken for what it points to (a second call, for links only).
                if info.st_mode & S_IFMT == S_IFLNK, fstatat(dirfd(dir), name, &info, 0) != 0 { continue }
                guard info.st_mode & S_IFMT == S_IFREG else { continue }
                let file = InputFile(
                    path: path, relativePath: relative, size: Int(info.st_size),
                    stamp: FileStamp(info, now: now))
                let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
                if documentExtensions.contains(ext) {
                    documents.append(file)
                } else {
                    skipped.append(file)
                }
            }
        }
        return (documents.sorted { $0.relativePath < $1.relativePath }, skipped.sorted { $0.relativePath < $1.relativePath })
    }
}
