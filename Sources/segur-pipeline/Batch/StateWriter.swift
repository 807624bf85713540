import Dispatch
import Synchronization

/// Saves batches of state rows on a thread of its own, in the order they were handed in, so that
/// a worker never waits for a commit's fsyncs (about half a second of a one-worker run on the
/// benchmark corpus, with the worker idle). At most `depth` batches wait to be saved: a worker
/// handing in one more waits for a slot, so memory stays bounded.
///
/// The first error stops the saving (later batches are dropped, as a run that failed keeps
/// nothing more) and is thrown by ``finish()``; ``failed`` lets the workers stop early.
final class StateWriter: Sendable {
    private let store: StateStore
    private let queue = DispatchQueue(label: "segur-pipeline.state-writer")
    private let slots: DispatchSemaphore
    private let error = Mutex<(any Error)?>(nil)

    init(store: StateStore, depth: Int = 1) {
        self.store = store
        slots = DispatchSemaphore(value: depth)
    }

    var failed: Bool { error.withLock { $0 != nil } }

    /// Queues `batch` to be saved in one transaction.
    func save(_ batch: [DocumentRecord]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard !failed else { return }
            do {
                try store.save(batch)
            } catch {
                self.error.withLock { if $0 == nil { $0 = error } }
            }
        }
    }

    /// Waits for every queued batch to be saved; throws the first error met.
    func finish() throws {
        queue.sync {}
        if let error = error.withLock({ $0 }) { throw error }
    }
}
