import Foundation
import Ingest

#if canImport(Glibc)
import Glibc
#endif

/// A file under the input root.
struct InputFile: Sendable, Hashable {
    /// The file's path: the input root's joined with ``relativePath``, for messages (files are
    /// opened through ``InputRoot``, never by this path).
    var path: String
    /// Relative to the input root, `/`-separated: the file's identity.
    var relativePath: InputPath
    /// What is opened: ``relativePath`` itself, or the target of a link followed inside the root.
    var readPath: InputPath
    /// Bytes, when listed: to schedule the largest files first.
    var size = 0
    /// When listed, if its times are old enough to be trusted (``FileStamp``).
    var stamp: FileStamp?
    /// What is read: the file, or a table row already read from its table (``TableExpansion``).
    var content: Content = .file

    enum Content: Sendable, Hashable {
        case file
        /// ``TableRowContent/canonicalBytes``.
        case tableRow([UInt8])
        /// A table that could not be read as one: processing it gives this failure.
        case unreadableTable(IngestFailure)
    }
}

/// What a walk found: the documents to read and one diagnostics line for every other entry.
struct InputListing {
    var documents: [InputFile]
    /// Entries not read, each with its reason code, in path order.
    var skipped: [DiagnosticRecord]
    /// Folders that could not be listed: what they hold is unknown, so the run says so (exit 2).
    var unlisted: Int { skipped.count { $0.code == InputWalker.Reason.unlistable.rawValue } }
}

/// Lists the files of an input folder, sorted by the bytes of their relative paths so that every
/// run sees the same order.
///
/// Every folder is opened relative to the root's descriptor one component at a time with
/// `O_NOFOLLOW` (``InputRoot``), so a link swapped in for a folder mid-walk is refused, not
/// followed, and no path is ever longer than one name. Read: regular files with a document
/// extension. Not read, each with a diagnostics line: hidden entries (a name starting with `.`:
/// editor backups, `.git`; a hidden folder is one line, not entered), symbolic links (unless
/// `followLinks`, and then only links to regular files that stay inside the root), FIFOs,
/// sockets and devices, names that are not UTF-8, other extensions, and folders that cannot be
/// listed.
enum InputWalker {
    static let documentExtensions: Set<String> = [
        "html", "htm", "xhtml", "shtml", "txt", "text", "md", "markdown",
        // Tables: each row a document (``TableExpansion``).
        "csv", "tsv", "tab", "jsonl", "ndjson", "json",
    ]

    /// The reason codes of entries not read.
    enum Reason: String {
        case hidden
        case symlink
        case linkOutside = "link-outside-input"
        case notRegular = "not-a-regular-file"
        case nameNotUTF8 = "name-not-utf8"
        case notADocument = "not-a-document"
        case vanished
        case unlistable = "unlistable-folder"

        var severity: DiagnosticRecord.Severity {
            switch self {
            case .unlistable: .error
            case .nameNotUTF8, .linkOutside, .vanished: .warning
            default: .info
            }
        }
    }

    static func walk(_ root: InputRoot, followLinks: Bool = false) -> InputListing {
        var documents: [InputFile] = []
        var skipped: [DiagnosticRecord] = []
        func skip(_ relative: String, _ reason: Reason, _ message: String) {
            skipped.append(DiagnosticRecord(path: relative, severity: reason.severity, code: reason.rawValue, message: message))
        }
        var folders: [String] = [""]
        let now = FileStamp.now()
        while let relativeFolder = folders.popLast() {
            let fd = relativeFolder.isEmpty ? dup(root.fd) : root.openFolder(InputPath(relativeFolder))
            guard fd >= 0, let dir = fdopendir(fd) else {
                let why = String(cString: strerror(errno))
                if fd >= 0 { close(fd) }
                skip(relativeFolder.isEmpty ? "." : relativeFolder, .unlistable, "cannot list this folder (\(why)): what it holds was not read")
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let rawName = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                if rawName == [46] || rawName == [46, 46] { continue }  // . and ..
                guard let name = String(validating: rawName, as: UTF8.self) else {
                    // No path string can name it faithfully: listed with its bytes escaped, never silently lost.
                    let shown = (relativeFolder.isEmpty ? "" : relativeFolder + "/") + Self.escaped(rawName)
                    skip(shown, .nameNotUTF8, "its name is not UTF-8, so it cannot be named in the outputs; rename it to read it")
                    continue
                }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                var info = stat()
                guard fstatat(dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    skip(relative, .vanished, "listed, then gone before it could be looked at")
                    continue
                }
                let type = info.st_mode & S_IFMT
                if name.hasPrefix(".") {
                    skip(relative, .hidden, type == S_IFDIR ? "hidden folder, not entered" : "hidden file, not read")
                    continue
                }
                if type == S_IFDIR {
                    folders.append(relative)
                    continue
                }
                var readPath = InputPath(relative)
                if type == S_IFLNK {
                    guard followLinks else {
                        skip(relative, .symlink, "symbolic link, not followed (follow_links: true follows links to files inside the input folder)")
                        continue
                    }
                    guard let target = root.resolveInside(relative), let targetInfo = root.statRegular(target) else {
                        skip(relative, .linkOutside, "symbolic link to something outside the input folder, missing, or not a regular file: not followed")
                        continue
                    }
                    readPath = target
                    info = targetInfo
                } else if type != S_IFREG {
                    skip(relative, .notRegular, "not a regular file (\(Self.kind(type))), not read")
                    continue
                }
                let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
                guard documentExtensions.contains(ext) else {
                    skip(relative, .notADocument, "not a document type (.html, .htm, .txt, .md)")
                    continue
                }
                documents.append(
                    InputFile(
                        path: root.path + "/" + relative, relativePath: InputPath(relative), readPath: readPath,
                        size: Int(info.st_size), stamp: FileStamp(info, now: now)))
            }
        }
        documents.sort { $0.relativePath < $1.relativePath }
        skipped.sort { InputPath($0.path) < InputPath($1.path) }
        return InputListing(documents: documents, skipped: skipped)
    }

    /// A name's bytes with every byte of an invalid sequence written `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            var matched = false
            for length in stride(from: min(4, bytes.count - i), through: 1, by: -1) {
                if let s = String(validating: bytes[i..<i + length], as: UTF8.self), s.unicodeScalars.count == 1 {
                    out += s
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(2)
                i += 1
            }
        }
        return out
    }

    private static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "an unknown kind"
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
