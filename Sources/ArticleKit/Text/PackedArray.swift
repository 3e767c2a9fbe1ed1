#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable array of plain values (no references) that grows in place: its memory comes from `malloc` and
/// grows with `realloc`, which for a large block moves the pages rather than copying them.
///
/// An `Array` that outgrows its buffer copies it into one twice the size, so while it grows the old and the new
/// buffer are both in memory: for the tokens of a hostile text (a token per byte) that is twice the largest
/// structure of the analysis at once. A value type with copy-on-write, like `Array`.
struct PackedArray<Element: BitwiseCopyable>: @unchecked Sendable {
    private final class Storage: @unchecked Sendable {
        var base: UnsafeMutablePointer<Element>?
        var count = 0
        var capacity = 0

        deinit { free(base) }

        /// Makes room for `capacity` elements (at least), keeping those there are.
        func grow(to capacity: Int) {
            guard capacity > self.capacity else { return }
            guard let bigger = realloc(base, capacity * MemoryLayout<Element>.stride) else {
                fatalError("out of memory for \(capacity) elements")
            }
            base = bigger.assumingMemoryBound(to: Element.self)
            self.capacity = capacity
        }

        func copy() -> Storage {
            let other = Storage()
            other.grow(to: max(count, 1))
            if let base, let target = other.base { target.update(from: base, count: count) }
            other.count = count
            return other
        }
    }

    private var storage = Storage()

    init() {}

    var count: Int { storage.count }

    /// Makes room for `capacity` elements without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        makeUnique()
        storage.grow(to: capacity)
    }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < storage.count, "index \(index) out of range")
            return storage.base.unsafelyUnwrapped[index]
        }
        @inline(__always) set {
            precondition(index >= 0 && index < storage.count, "index \(index) out of range")
            makeUnique()
            storage.base.unsafelyUnwrapped[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        makeUnique()
        if storage.count == storage.capacity { storage.grow(to: max(16, storage.capacity + storage.capacity / 2)) }
        storage.base.unsafelyUnwrapped[storage.count] = element
        storage.count += 1
    }

    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }
}
