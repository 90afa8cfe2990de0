import CasebookTestSupport
import Foundation
import Testing

@Suite struct DeterminismTests {
    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let root = try Fixture.make(PublicLeakTests.files)
        defer { root.remove() }
        let first = root.url.appendingPathComponent("first")
        let second = root.url.appendingPathComponent("second")
        #expect(Fixture.build(root, output: first).status == .success)
        #expect(Fixture.build(root, output: second).status == .success)
        let one = Fixture.snapshot(first)
        #expect(one.count > 20)
        #expect(one == Fixture.snapshot(second))
    }
}
