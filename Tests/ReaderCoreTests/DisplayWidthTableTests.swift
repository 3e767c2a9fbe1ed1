import Foundation
import Testing
@testable import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

/// The width table (`DisplayWidthTable.swift`, written by `scripts/generate-width-table`) must say what the C
/// library's `wcwidth` says, because ncurses places cells by it: a scalar the two measure differently shifts the
/// rest of its row on screen.
@Suite("The width table and the platform's wcwidth")
struct DisplayWidthTableTests {
    /// A UTF-8 locale for this thread only (`uselocale`), so other tests are not touched.
    nonisolated(unsafe) static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    /// The C library's `wcwidth` (Swift's Glibc module does not declare it without `_XOPEN_SOURCE`).
    typealias Wcwidth = @convention(c) (Int32) -> Int32
    static let wcwidth: Wcwidth? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")
        .map { unsafeBitCast($0, to: Wcwidth.self) }

    @Test("every scalar measures as wcwidth says (a control or unassigned scalar, -1 there, and NUL are one column here)",
          .enabled(if: utf8Locale != nil && wcwidth != nil, "no C.UTF-8 locale (or no wcwidth) on this machine"))
    func agreesWithWcwidth() {
        let previous = uselocale(Self.utf8Locale!)
        defer { uselocale(previous) }
        var differing: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let platform = Self.wcwidth!(Int32(bitPattern: value))
            // NUL (0 for wcwidth) is a control like the others: drawn as a one-column symbol, never sent as itself.
            let expected = platform < 0 || value == 0 ? 1 : Int(platform)
            if DisplayWidth.of(scalar) != expected {
                differing.append("U+\(String(value, radix: 16, uppercase: true)): table \(DisplayWidth.of(scalar)), wcwidth \(platform)")
            }
        }
        #expect(differing.isEmpty, "\(differing.count) scalars differ (run scripts/generate-width-table): \(differing.prefix(10))")
    }
}
