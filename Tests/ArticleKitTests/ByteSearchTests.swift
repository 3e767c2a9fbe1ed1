import Testing
@testable import ArticleKit

@Suite("Byte search: eight bytes at a time, the same answers as one at a time")
struct ByteSearchTests {
    /// Texts of every length up to 40 with the bytes of interest at every position, and some bytes that are
    /// not ASCII.
    static let texts: [[UInt8]] = {
        var texts: [[UInt8]] = []
        let alphabet: [UInt8] = Array("ab \n\r\"'`.".utf8) + [0xC3, 0xA9, 0x7F, 0x80]
        var seed: UInt64 = 12345
        for length in 0...40 {
            for _ in 0..<40 {
                texts.append((0..<length).map { _ in
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    return alphabet[Int(seed >> 33) % alphabet.count]
                })
            }
        }
        return texts
    }()

    @Test func lineEnds() {
        for t in Self.texts {
            t.withUnsafeBufferPointer { b in
                for from in 0...t.count {
                    let expected = (from..<t.count).first { t[$0] == 0x0A || t[$0] == 0x0D } ?? t.count
                    #expect(ByteSearch.first(0x0A, or: 0x0D, in: b, from: from, to: t.count) == expected)
                }
            }
        }
    }

    @Test func quotationMarksAndOtherScripts() {
        for t in Self.texts {
            t.withUnsafeBufferPointer { b in
                for from in 0...t.count {
                    let expected = (from..<t.count).first { [0x22, 0x27, 0x60].contains(t[$0]) || t[$0] >= 0x80 } ?? t.count
                    #expect(ByteSearch.first(0x22, 0x27, 0x60, orNonASCIIIn: b, from: from, to: t.count) == expected)
                }
            }
        }
    }
}
