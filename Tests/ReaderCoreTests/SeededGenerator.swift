import Foundation

/// A random number generator for tests that can be replayed: SplitMix64 from a seed that is printed, taken from
/// `BYLINE_TEST_SEED` when set (to replay a failure), else from the clock.
struct SeededGenerator: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The generator for `test`, its seed printed so a failure can be replayed with `BYLINE_TEST_SEED=<seed>`.
    static func fromEnvironment(test: String) -> SeededGenerator {
        let given = ProcessInfo.processInfo.environment["BYLINE_TEST_SEED"].flatMap { UInt64($0) }
        let seed = given ?? UInt64(Date().timeIntervalSince1970 * 1000)
        print("\(test): random seed \(seed) (replay with BYLINE_TEST_SEED=\(seed))")
        return SeededGenerator(seed: seed)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
