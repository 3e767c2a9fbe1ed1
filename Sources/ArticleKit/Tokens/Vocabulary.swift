/// The distinct words of one article (and its punctuation and quotation marks), each stored once: its lower-case
/// text (the key), the key's `WordHash`, and the word lists it belongs to.
///
/// A token refers to its word by number, so an article of a million tokens holds a few thousand strings, and
/// the word lists are consulted once per distinct word instead of once per token. Two tokens share an entry
/// exactly when their keys are equal (a lookup by hash is confirmed by comparing the bytes).
struct Vocabulary: Sendable {
    /// What is known about one word, without its text (so reading it never touches a string).
    ///
    /// 32 bytes: a text of a million distinct words (numbers, invented names) has a million of these. What
    /// belongs to a key's form without its final abbreviation dot ("mr" for "mr.") is kept aside for the few
    /// keys that end with one (`Vocabulary.bareLex(_:)`, `bareHash(_:)`).
    struct Facts: Sendable {
        /// For words: the lists of the key itself (`Lexicon.flags(key)`). (First: it is aligned to 16 bytes.)
        var keyLex: Lex
        /// `WordHash` of the key.
        var hash: UInt64
        /// For punctuation of one character, that character (NUL otherwise).
        var character: Unicode.Scalar
        /// For punctuation: ".", "?", "!", "…" or a run of dots, which can end a sentence.
        var endsSentence: Bool
        /// The key is ASCII. (Then two keys are equal strings exactly when their bytes are equal; beyond ASCII,
        /// strings that differ in bytes may be canonically equivalent, "é" and "e" with a combining accent.)
        var isASCII: Bool
        /// The key ends with a dot ("mr.", "u.s.", "..."): its bare form's hash and lists are in `dotted`.
        var isDotted: Bool
    }

    /// What belongs to the bare form of a key that ends with a dot.
    private struct BareForm: Sendable {
        /// `WordHash` of the key without its final dot.
        var hash: UInt64
        /// For words: the lists of the key without its final dot.
        var lex: Lex
    }

    /// The facts of each entry.
    private(set) var facts: [Facts] = []
    /// The entries whose key ends with a dot, in order, and their bare forms.
    private var dottedEntries: [Int32] = []
    private var bareForms: [BareForm] = []
    /// The UTF-8 bytes of every key, one after the other, and where each starts (for confirming lookups).
    private var keyBytes: [UInt8] = []
    private var keyStarts: [UInt32] = [0]
    /// Open addressing by hash: each slot holds the high half of an entry's hash (a tag that rules out almost
    /// every other entry without reading it) and its number (-1 for an empty slot).
    private var slots: [Slot]

    private struct Slot: Sendable {
        var tag: UInt32 = 0
        var entry: Int32 = -1
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// The entry of each one-byte ASCII key, once seen (punctuation is most of the tokens that are not words).
    private var asciiEntry = [Int32](repeating: -1, count: 128)
    /// The entries of "“" and "”", the keys of quotation-mark tokens, once made.
    private var quoteMarks: (open: Int, close: Int)?

    /// An empty vocabulary with room for the words of a text of `textLength` bytes.
    init(textLength: Int = 0) {
        var size = 1024
        while size < 16384 && size < textLength / 3 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        facts.reserveCapacity(size / 2)
        keyStarts.reserveCapacity(size / 2 + 1)
        keyBytes.reserveCapacity(size * 4)
    }

    var count: Int { facts.count }

    /// The number of entries whose key is in a list of `list` ("three sports words").
    func count(where list: Lex) -> Int {
        var n = 0
        for f in facts where !f.keyLex.isDisjoint(with: list) { n += 1 }
        return n
    }

    /// The key of entry `id`, without a final dot when `bare`. (Built from its bytes when asked for: most
    /// words' keys are never read as strings, so a new word costs no string.)
    func key(_ id: Int, bare: Bool = false) -> String {
        let start = Int(keyStarts[id])
        var end = Int(keyStarts[id + 1])
        if bare && end > start && keyBytes[end - 1] == UInt8(ascii: ".") {
            // The dot is a character of its own after ASCII; beyond ASCII, the string decides what its last
            // character is.
            guard end - 1 == start || keyBytes[end - 2] < 0x80 else { return String(key(id).dropLast()) }
            end -= 1
        }
        return keyBytes.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: end - start) { out in
                _ = out.initialize(from: b[start..<end])
                return end - start
            }
        }
    }

    /// Whether entry `id`'s key equals `key` as strings: equal bytes are equal strings, and so are different
    /// bytes of ASCII; only beyond ASCII is the string built and compared (canonical equivalence).
    func keyEquals(_ id: Int, _ key: String) -> Bool {
        let start = Int(keyStarts[id]), end = Int(keyStarts[id + 1])
        var asciiOnly = true
        let sameBytes = keyBytes.withUnsafeBufferPointer { b in
            var k = start
            for c in key.utf8 {
                if c >= 0x80 { asciiOnly = false }
                if k == end || b[k] != c { return false }
                k += 1
            }
            return k == end
        }
        if sameBytes { return true }
        if asciiOnly && facts[id].isASCII { return false }
        return self.key(id) == key
    }

    /// The entry for the key made of `text` bytes `range` with ASCII letters lowered, adding it if new.
    /// `hash` must be the `WordHash` of those lowered bytes. `isWord` says whether the key is a word's, whose
    /// entry gets its word-list bits.
    @inline(__always)
    mutating func entry(loweringASCII text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64,
                        isWord: Bool) -> Int {
        var i = slot(hash)
        while true {
            let s = slots[i]
            if s.entry < 0 { break }
            if s.tag == Self.tag(hash) && facts[Int(s.entry)].hash == hash && keyEqualsLowered(Int(s.entry), text, range) {
                return Int(s.entry)
            }
            i = (i + 1) & (slots.count - 1)
        }
        var ascii = true
        for j in range {
            let c = text[j]
            if c >= 0x80 { ascii = false }
            keyBytes.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        return add(hash: hash, isWord: isWord, isASCII: ascii, at: i)
    }

    /// The entry for a one-byte ASCII punctuation key.
    @inline(__always)
    mutating func entry(asciiPunctuation c: UInt8) -> Int {
        let known = asciiEntry[Int(c)]
        if known >= 0 { return Int(known) }
        let id = entry(String(UnicodeScalar(c)), isWord: false)
        asciiEntry[Int(c)] = Int32(id)
        return id
    }

    /// The entries of "“" and "”" (the keys of opening and closing quotation-mark tokens), adding them if new.
    mutating func quoteMarkEntries() -> (open: Int, close: Int) {
        if let quoteMarks { return quoteMarks }
        let entries = (open: entry("“", isWord: false), close: entry("”", isWord: false))
        quoteMarks = entries
        return entries
    }

    /// The entry for `key`, adding it if new.
    mutating func entry(_ key: String, isWord: Bool) -> Int {
        let hash = WordHash.of(key)
        var i = slot(hash)
        while true {
            let s = slots[i]
            if s.entry < 0 { break }
            if s.tag == Self.tag(hash) && facts[Int(s.entry)].hash == hash && keyEquals(Int(s.entry), key) { return Int(s.entry) }
            i = (i + 1) & (slots.count - 1)
        }
        keyBytes.append(contentsOf: key.utf8)
        return add(hash: hash, isWord: isWord, isASCII: key.utf8.allSatisfy { $0 < 0x80 }, at: i)
    }

    /// The entry whose key is `key`, if the article has one.
    func find(_ key: String) -> Int? {
        let hash = WordHash.of(key)
        var i = slot(hash)
        while true {
            let s = slots[i]
            if s.entry < 0 { return nil }
            if s.tag == Self.tag(hash) && facts[Int(s.entry)].hash == hash && keyEquals(Int(s.entry), key) { return Int(s.entry) }
            i = (i + 1) & (slots.count - 1)
        }
    }

    /// The number of UTF-8 bytes of entry `id`'s key.
    func keyLength(_ id: Int) -> Int { Int(keyStarts[id + 1]) - Int(keyStarts[id]) }

    /// Calls `body` with the UTF-8 bytes of entry `id`'s key (without a final dot when `bare`).
    func withKeyBytes<R>(_ id: Int, bare: Bool = false, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var end = Int(keyStarts[id + 1])
        if bare && end > Int(keyStarts[id]) && keyBytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let start = Int(keyStarts[id])
        return keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// `WordHash` state `h` continued with the bytes of entry `id`'s key: without a final dot when `bare`,
    /// without any dot when `droppingDots` (so that hashes of joined keys need no joined string).
    func hash(_ h: UInt64, appending id: Int, bare: Bool = false, droppingDots: Bool = false) -> UInt64 {
        var h = h
        var end = Int(keyStarts[id + 1])
        if bare && end > Int(keyStarts[id]) && keyBytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        for i in Int(keyStarts[id])..<end where !(droppingDots && keyBytes[i] == UInt8(ascii: ".")) {
            h = WordHash.adding(keyBytes[i], to: h)
        }
        return h
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (slots.count - 1)
    }

    @inline(__always)
    private func keyEqualsLowered(_ e: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = Int(keyStarts[e])
        guard Int(keyStarts[e + 1]) - start == range.count else { return false }
        return keyBytes.withUnsafeBufferPointer { key in
            var k = start, j = range.lowerBound
            if range.count >= 8, let textBase = text.baseAddress, let keyBase = key.baseAddress {
                // Eight bytes at a time.
                while j + 8 <= range.upperBound {
                    let lowered = ByteSearch.loweredASCII(UnsafeRawPointer(textBase + j).loadUnaligned(as: UInt64.self))
                    if lowered != UnsafeRawPointer(keyBase + k).loadUnaligned(as: UInt64.self) { return false }
                    j += 8
                    k += 8
                }
            }
            while j < range.upperBound {
                let c = text[j]
                if key[k] != (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) { return false }
                j &+= 1
                k &+= 1
            }
            return true
        }
    }

    /// Adds the entry whose key was just appended to `keyBytes`.
    private mutating func add(hash: UInt64, isWord: Bool, isASCII: Bool, at slot: Int) -> Int {
        let id = facts.count
        let start = Int(keyStarts[id]), end = keyBytes.count
        precondition(end <= Int(UInt32.max) && id < Int(Int32.max), "too many words to analyse")
        keyStarts.append(UInt32(end))
        var keyLex: Lex = [], bareLex: Lex = []
        var bareHash = hash
        var character: Unicode.Scalar = "\u{0}"
        var endsSentence = false
        let isDotted = end > start && keyBytes[end - 1] == UInt8(ascii: ".")
        if isDotted {
            bareHash = WordHash.empty
            for j in start..<end - 1 { bareHash = WordHash.adding(keyBytes[j], to: bareHash) }
        }
        if isWord {
            keyLex = Lexicon.flags(hash: hash)
            bareLex = bareHash == hash ? keyLex : Lexicon.flags(hash: bareHash)
        } else {
            // Punctuation and marks: a few entries per article, so their strings may be built.
            let key = self.key(id)
            if isASCII {
                if end - start == 1 { character = Unicode.Scalar(keyBytes[start]) }
            } else {
                var scalars = key.unicodeScalars.makeIterator()
                if let first = scalars.next(), scalars.next() == nil { character = first }
            }
            endsSentence = SentenceSplitter.endsSentence(key)
        }
        facts.append(Facts(keyLex: keyLex, hash: hash, character: character, endsSentence: endsSentence,
                           isASCII: isASCII, isDotted: isDotted))
        if isDotted {
            dottedEntries.append(Int32(id))
            bareForms.append(BareForm(hash: bareHash, lex: bareLex))
        }
        slots[slot] = Slot(tag: Self.tag(hash), entry: Int32(id))
        if facts.count * 2 > slots.count { grow() }
        return id
    }

    /// The bare form of entry `id`, whose key ends with a dot.
    private func bareForm(_ id: Int) -> BareForm {
        var low = 0, high = dottedEntries.count
        while low < high {
            let mid = (low + high) / 2
            if Int(dottedEntries[mid]) < id { low = mid + 1 } else { high = mid }
        }
        return bareForms[low]
    }

    /// `WordHash` of entry `id`'s key without a final abbreviation dot ("mr" for "mr.").
    @inline(__always)
    func bareHash(_ id: Int) -> UInt64 {
        let f = facts[id]
        return f.isDotted ? bareForm(id).hash : f.hash
    }

    /// For words: the lists of entry `id`'s key without a final abbreviation dot, as `Lexicon.flags` of that
    /// shorter key.
    @inline(__always)
    func bareLex(_ id: Int) -> Lex {
        let f = facts[id]
        return f.isDotted ? bareForm(id).lex : f.keyLex
    }

    /// For words: the lists entry `id`'s key belongs to, and those of the key without a final abbreviation dot.
    @inline(__always)
    func lex(_ id: Int) -> Lex {
        let f = facts[id]
        return f.isDotted ? f.keyLex.union(bareForm(id).lex) : f.keyLex
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for id in facts.indices {
            var i = slot(facts[id].hash)
            while slots[i].entry >= 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = Slot(tag: Self.tag(facts[id].hash), entry: Int32(id))
        }
    }
}
