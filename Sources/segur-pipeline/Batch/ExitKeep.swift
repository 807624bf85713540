/// Values a command holds until its process ends, handed over instead of being freed one object
/// at a time on the way out (as clang does with `-disable-free`): freeing a corpus's documents,
/// passages and findings took 0.12 s of a 3.8 s run on the benchmark corpus, and the process's
/// exit returns that memory at once. Only for the end of a command: what is kept is never freed.
enum ExitKeep {
    private final class Box {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
