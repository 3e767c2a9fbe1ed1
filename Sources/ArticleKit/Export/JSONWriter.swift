/// A small streaming JSON writer: objects, arrays, strings, numbers, in the order written.
///
/// Used for the extract format, whose field order is part of what people read.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    mutating func beginObject() { separate(); output += "{"; needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); output += "}" }
    mutating func beginArray() { separate(); output += "["; needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); output += "]" }

    /// Writes `"key":` inside an object; the value follows.
    mutating func key(_ name: String) {
        separate()
        Self.appendString(name, to: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
    }

    mutating func string(_ value: String?) {
        separate()
        if let value { Self.appendString(value, to: &output) } else { output += "null" }
    }

    mutating func number(_ value: Int) { separate(); output += String(value) }
    mutating func null() { separate(); output += "null" }

    mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); number(value) }

    /// Appends `value` as a JSON string literal: quotes, backslashes and every control character escaped, so
    /// the output is safe to print on a terminal.
    static func appendString(_ value: String, to output: inout String) {
        output += "\""
        // Runs that need no escape are copied whole (an article's text is mostly such runs).
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            var escape: String?
            var length = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20, 0x7F: escape = hexEscape(UInt32(b))
            case 0xC2:
                // C1 controls, U+0080 to U+009F
                let next = bytes.index(after: i)
                if next != bytes.endIndex, (0x80...0x9F).contains(bytes[next]) {
                    escape = hexEscape(UInt32(bytes[next])); length = 2
                }
            case 0xE2:
                // U+2028 and U+2029, line and paragraph separators
                let n1 = bytes.index(after: i)
                if n1 != bytes.endIndex, bytes[n1] == 0x80 {
                    let n2 = bytes.index(after: n1)
                    if n2 != bytes.endIndex, bytes[n2] == 0xA8 || bytes[n2] == 0xA9 {
                        escape = hexEscape(bytes[n2] == 0xA8 ? 0x2028 : 0x2029); length = 3
                    }
                }
            default: break
            }
            if let escape {
                output.append(contentsOf: Substring(bytes[runStart..<i]))
                output += escape
                i = bytes.index(i, offsetBy: length)
                runStart = i
            } else {
                i = bytes.index(after: i)
            }
        }
        output.append(contentsOf: Substring(bytes[runStart..<bytes.endIndex]))
        output += "\""
    }

    private static func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
