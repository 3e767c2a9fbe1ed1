/// Moving to the next or previous of some ordered targets (quotes, mentions, matches), wrapping at the ends.
enum Cycle {
    /// The target after (or before) `current`; with no current target, the first one starting at or after
    /// `here` (or the last one starting before it). `start(i)` is where target `i` starts, in increasing order.
    static func step(from current: Int?, count: Int, forward: Bool, here: Int,
                     start: (Int) -> Int) -> (index: Int, wrapped: Bool) {
        if let current, current < count {
            let next = current + (forward ? 1 : -1)
            if next >= count { return (0, true) }
            if next < 0 { return (count - 1, true) }
            return (next, false)
        }
        // Binary search: the first target starting at or after `here`.
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if start(mid) < here { low = mid + 1 } else { high = mid }
        }
        if forward { return low < count ? (low, false) : (0, true) }
        return low > 0 ? (low - 1, false) : (count - 1, true)
    }

    /// "wrapped to the first quote" / "wrapped to the last mention", or nil when the step did not wrap.
    static func message(_ wrapped: Bool, forward: Bool, _ noun: String) -> StatusMessage? {
        wrapped ? StatusMessage("wrapped to the \(forward ? "first" : "last") \(noun)") : nil
    }
}
