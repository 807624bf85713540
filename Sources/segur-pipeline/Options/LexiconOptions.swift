import ArgumentParser
import Classify
import Foundation

/// Where the lexicons are.
struct LexiconOptions: ParsableArguments {
    @Option(help: "Folder of lexicon files (pillars/*.tsv, themes/*.tsv).")
    var lexicons: String = "lexicons"
}

/// Reads every `.tsv` file under a lexicon folder and parses them. A broken lexicon is fatal:
/// the message names the file and line.
enum LexiconFolder {
    static func load(_ path: String) throws -> Lexicon {
        let root = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FatalError("lexicon folder \(path) does not exist")
        }
        var files: [LexiconFile] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        let rootPath = root.standardizedFileURL.path
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "tsv" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count)).drop { $0 == "/" }
            let contents: String
            do {
                contents = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw FatalError("\(path)/\(relative): cannot be read as UTF-8 (\(error.localizedDescription))")
            }
            files.append(LexiconFile(path: String(relative), contents: contents))
        }
        do {
            return try LexiconParser.parse(files)
        } catch {
            throw FatalError("lexicon \(path): \(error.description)")
        }
    }
}
