import Glibc
import Testing
@testable import BylineFiles

@Suite("File names as bytes")
struct FileNameTests {
    @Test("every byte sequence survives decode and bytes, however invalid as UTF-8")
    func roundTrip() {
        var samples: [[UInt8]] = [
            Array("plain.txt".utf8), Array("café 東京 😀.txt".utf8),
            Array("caf".utf8) + [0xE9] + Array(".txt".utf8),          // Latin-1
            Array("raw".utf8) + [0x9B] + Array("31m.txt".utf8),       // a lone C1 byte
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xFF, 0xFE],
            Array("\u{10FFE9}".utf8),                                  // a real scalar of the escape block
            Array("a\nb\rc\td".utf8),
        ]
        samples += (0...255).map { [UInt8($0)] }
        for bytes in samples where !bytes.contains(0) {
            let name = FileName.decode(bytes)
            #expect(FileName.bytes(name) == bytes, "\(bytes)")
            let viaC = FileName.withCString(name) { pointer in
                UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)).map { $0 }
            }
            #expect(viaC == bytes, "\(bytes)")
        }
        #expect(FileName.decode(Array("café.txt".utf8)) == "café.txt", "valid UTF-8 is left as it is")
        #expect(FileName.decode([0x61, 0xE9]) != FileName.decode(Array("a\u{10FFE9}".utf8)), "escapes are one-to-one")
    }

    @Test("names are shown with placeholders: invalid bytes as �, controls (a line feed too) as pictures, bidi as ▯")
    func shown() {
        #expect(FileName.shown(FileName.decode(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))) == "caf\u{FFFD}.txt")
        #expect(FileName.shown("gone\nbyline: all files OK") == "gone␊byline: all files OK")
        #expect(FileName.shown("a\u{1B}]2;x\u{07}\t\r") == "a␛]2;x␇␉␍")
        #expect(FileName.shown("x\u{202E}y\u{9B}") == "x▯y\u{FFFD}")
        #expect(FileName.shown("Café 東京.txt") == "Café 東京.txt")
    }
}
