import Testing

@testable import OutreachCore

/// `NomineeList.permute` puts an office's nominees in order in place; it must give what copying them in that
/// order gives, for every shape of permutation.
@Suite struct PermuteTests {
    @Test func inPlaceEqualsCopyingInOrder() {
        var state: UInt64 = 0x2022_1905
        for size in [0, 1, 2, 3, 7, 50, 333] {
            for _ in 0..<20 {
                var order = Array(0..<size)
                for index in order.indices.reversed() where index > 0 {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    order.swapAt(index, Int(state >> 33) % (index + 1))
                }
                let items = (0..<size).map { "person \($0)" }
                var permuted = items
                NomineeList.permute(&permuted, to: order)
                #expect(permuted == order.map { items[$0] }, "\(order)")
            }
        }
    }
}
