/// An element or attribute name of up to 16 bytes packed in two integers, compared without
/// strings; longer names (none that matter here) all pack to ``none``.
struct ElementKey: Hashable, Sendable {
    let low: UInt64
    let high: UInt64

    static let none = ElementKey(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ name: String) {
        self = name.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { ElementKey(cString: $0.baseAddress!) }
        }
    }

    /// - Parameter lowercasingASCII: fold A-Z to a-z while packing.
    init(cString p: UnsafePointer<UInt8>, lowercasingASCII: Bool = false) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while p[i] != 0 {
            if i >= 16 {
                self = .none
                return
            }
            let byte = lowercasingASCII ? p[i].asciiLowercased : p[i]
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.init(low: low, high: high)
    }
}
