import Dispatch
import Synchronization

/// Maps `items` on `jobs` threads, each with its own worker state (a stemmer is not thread-safe),
/// and returns results in input order, whatever the scheduling.
enum ParallelMap {
    static func map<Item: Sendable, Worker, Result: Sendable>(
        _ items: [Item], jobs: Int, makeWorker: @Sendable () -> Worker, _ body: @Sendable (Worker, Item) -> Result
    ) -> [Result] {
        let slots = Mutex([Result?](repeating: nil, count: items.count))
        forEach(Array(items.indices), jobs: jobs, makeWorker: makeWorker) { worker, i in
            let result = body(worker, items[i])
            slots.withLock { $0[i] = result }
        }
        return slots.withLock { $0.map { $0! } }
    }
}

extension ParallelMap {
    /// Runs `body` over `items` on `jobs` threads, each with its own worker state, with no barrier:
    /// a thread takes the next item as soon as it is free, so one huge file does not hold the
    /// others back. `body` orders its own side effects.
    static func forEach<Item: Sendable, Worker>(
        _ items: [Item], jobs: Int, makeWorker: @Sendable () -> Worker, _ body: @Sendable (Worker, Item) -> Void
    ) {
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            let worker = makeWorker()
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < items.count else { return }
                body(worker, items[i])
            }
        }
    }
}
