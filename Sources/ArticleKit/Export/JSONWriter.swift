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
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                    let hex = String(v, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
