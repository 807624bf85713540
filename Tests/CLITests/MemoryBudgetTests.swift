import Foundation
import Ingest
import Synchronization
import Testing

@testable import segur_pipeline

/// Files reserve their estimated peak before they are read: one that can never fit is refused and
/// the rest goes on; two that do not fit together run one after the other.
struct MemoryBudgetTests {
    @Test func aFileOverTheWholeBudgetIsRefusedWithoutRunning() {
        let budget = MemoryBudget(limit: 1_000_000)
        let ran = Atomic(false)
        #expect(throws: IngestFailure.self) {
            try budget.withReservation(forFileBytes: 1_000_000 / MemoryBudget.bytesPerInputByte + 1) { ran.store(true, ordering: .relaxed) }
        }
        let didRun = ran.load(ordering: .relaxed)
        #expect(!didRun)
        #expect((try? budget.withReservation(forFileBytes: 1_000) { 42 }) == 42)
    }

    @Test func filesThatDoNotFitTogetherDoNotOverlap() async {
        let budget = MemoryBudget(limit: 100 * MemoryBudget.bytesPerInputByte)
        let inside = Atomic(0)
        let most = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            try? budget.withReservation(forFileBytes: 60) {
                let now = inside.add(1, ordering: .sequentiallyConsistent).newValue
                _ = most.max(now, ordering: .sequentiallyConsistent)
                usleep(20_000)
                inside.subtract(1, ordering: .sequentiallyConsistent)
            }
        }
        let overlap = most.load(ordering: .sequentiallyConsistent)
        #expect(overlap == 1)
    }

    @Test func anOverLimitFileIsQuarantinedAndTheBatchGoesOn() throws {
        let dir = try ScratchFolder()
        try dir.write("in/petit.txt", "Compte rendu\n\nDate : 9 juin 2020\n\nLa télémédecine progresse.\n")
        try dir.write("in/gros.txt", "Compte rendu\n\nDate : 9 juin 2020\n\n" + String(repeating: "La télémédecine progresse. ", count: 20_000))
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--max-memory", "2000000", "--quiet"])
        #expect(r.status == 2, "stderr: \(r.stderr)")
        #expect(try dir.jsonLines("out/documents.jsonl").map { $0["path"] as? String } == ["petit.txt"])
        let diagnostics = try dir.jsonLines("out/diagnostics.jsonl")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "too-large")
        #expect((diagnostics.first?["message"] as? String)?.contains("memory limit") == true)
    }
}
