import Foundation
import Ingest

#if canImport(Glibc)
import Glibc
#endif

/// How much memory the files being ingested at once may take together.
///
/// Ingesting a file takes up to about ``bytesPerInputByte`` times its size at its peak (its bytes,
/// the decoded text, libxml2's buffers, the blocks and passages; measured on pages and texts of
/// 1 to 31 MB of every shape: 8 to 22 times). Each file reserves that much before it is read: a
/// file whose estimate exceeds the whole budget is refused (`too-large`, retried next run) and the
/// batch goes on; others wait until the files ahead of them release enough, so that several large
/// files never peak together. Small files reserve little and pass at once.
final class MemoryBudget: @unchecked Sendable {
    static let bytesPerInputByte = 24

    let limit: Int
    private let condition = NSCondition()
    private var used = 0

    init(limit: Int) { self.limit = limit }

    /// Half of the memory this process may use: the machine's, or its control group's limit when lower.
    static var defaultLimit: Int {
        let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        let group = (try? String(contentsOfFile: "/sys/fs/cgroup/memory.max", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return min(physical, group ?? physical) / 2
    }

    static func estimate(ofFileBytes size: Int) -> Int { size.multipliedReportingOverflow(by: bytesPerInputByte).partialValue }

    /// Runs `body` once the file's estimate fits, or throws `too-large` when it never can.
    func withReservation<T>(forFileBytes size: Int, _ body: () throws(IngestFailure) -> T) throws(IngestFailure) -> T {
        let need = Self.estimate(ofFileBytes: size)
        guard need <= limit else {
            throw IngestFailure(
                .tooLarge,
                "\(size) bytes would take about \(need / 1_048_576) MiB to ingest, over the memory limit of \(limit / 1_048_576) MiB (--max-memory)")
        }
        condition.lock()
        while used > 0 && used + need > limit { condition.wait() }
        used += need
        condition.unlock()
        defer {
            condition.lock()
            used -= need
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
