import Foundation

/// What `stat(2)` says of an input file: size, modification and change times (nanoseconds),
/// inode and device. A file whose stamp is the one stored with its row is taken as unchanged
/// without being read or hashed, as git's index does: a write, a rename or a change of
/// permissions gives the file a new change time, which no user can set.
///
/// A stamp is trusted only when both times are more than ``settle`` seconds old when the file is
/// listed: the kernel stamps files from a clock that ticks every few milliseconds, so a file
/// written twice within one tick could keep its stamp across two contents. A file that changes
/// after it was listed gets a later tick; so a trusted stamp never hides a change.
struct FileStamp: Sendable, Hashable {
    let text: String

    static let settle: Int64 = 2

    /// The stamp of a file from its `stat`, nil when its times are too recent to be trusted.
    init?(_ info: stat, now: timespec) {
        let mtime = info.st_mtim, ctime = info.st_ctim
        func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }
        guard nanoseconds(now) - max(nanoseconds(mtime), nanoseconds(ctime)) > Self.settle * 1_000_000_000 else { return nil }
        text = "\(info.st_size):\(mtime.tv_sec).\(mtime.tv_nsec):\(ctime.tv_sec).\(ctime.tv_nsec):\(info.st_ino):\(info.st_dev)"
    }

    /// The wall clock, as the kernel stamps files.
    static func now() -> timespec {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now
    }
}
