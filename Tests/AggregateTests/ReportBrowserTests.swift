import Foundation
import Testing

@testable import Aggregate

/// report.html in a real browser: headless Chromium (Debian's `chromium`, installed by `make test`)
/// loads it, takes a screenshot and prints it; the page logs no console error and the top theme is
/// in the rendered text.
struct ReportBrowserTests {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BrowserMissing(tool: tool)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var tool: String
        var description: String { "\(tool) is not installed: `make test` installs it (apt-get install chromium poppler-utils)" }
    }

    static func chromium(_ page: URL, _ extra: [String]) throws -> Output {
        try run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(page.deletingLastPathComponent().path)/profile"] + extra + [page.absoluteString])
    }

    /// Console messages as Chromium logs them with --enable-logging.
    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
    }

    func writePage(_ html: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segur-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    @Test func reportLoadsWithoutConsoleErrorsAndShowsTheTopTheme() throws {
        let report = try CorpusRun.make().report
        let top = try #require(report.themes.first).label
        let page = try writePage(report.html())
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let folder = page.deletingLastPathComponent()

        let shot = try Self.chromium(page, ["--screenshot=\(folder.path)/shot.png", "--window-size=1200,1600"])
        #expect(shot.status == 0, "\(shot.stderr.suffix(500))")
        let png = try Data(contentsOf: folder.appendingPathComponent("shot.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000)
        #expect(Self.consoleLines(shot.stderr).isEmpty, "\(Self.consoleLines(shot.stderr))")

        let dom = try Self.chromium(page, ["--dump-dom"])
        #expect(dom.stdout.contains("<td>1</td><td>\(HTMLBuilder.escape(top))</td>"))

        let pdf = try Self.chromium(page, ["--print-to-pdf=\(folder.path)/report.pdf", "--no-pdf-header-footer"])
        #expect(pdf.status == 0)
        let text = try Self.run("pdftotext", ["-f", "1", "-l", "1", "\(folder.path)/report.pdf", "-"])
        #expect(text.stdout.contains(top), "top theme \(top) not rendered on page 1")
    }

    /// The check above can fail: a page that logs an error is caught.
    @Test func consoleErrorsAreDetected() throws {
        let page = try writePage("<!DOCTYPE html><html><body><p>x</p><script>console.error('erreur de test')</script></body></html>")
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let out = try Self.chromium(page, ["--dump-dom"])
        #expect(Self.consoleLines(out.stderr).contains { $0.contains("erreur de test") })
    }
}
