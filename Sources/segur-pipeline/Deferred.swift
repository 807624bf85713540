import Dispatch
import Synchronization

/// A value computed on another thread while the caller goes on, or right away on the caller's
/// when there is no other core to use (`jobs` 1).
final class Deferred<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let slot = Mutex<Value?>(nil)

    init(jobs: Int, _ make: @escaping @Sendable () -> Value) {
        guard jobs > 1 else {
            slot.withLock { $0 = make() }
            return
        }
        group.enter()
        DispatchQueue.global().async { [self] in
            let value = make()
            slot.withLock { $0 = value }
            group.leave()
        }
    }

    /// Waits for the value.
    var value: Value {
        group.wait()
        return slot.withLock { $0! }
    }
}
