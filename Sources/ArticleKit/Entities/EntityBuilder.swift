/// What the analysis knows about one entity beyond its public `Entity` value: evidence for resolving pronouns
/// and descriptions to it.
struct EntityInfo: Sendable {
    var type: EntityType
    var gender: Gender?
    /// Title and role words seen with it ("president", "secretary", "economist").
    var roles: Set<String>
    /// Nationality and country words seen with it ("russian", "u.s.").
    var origins: Set<String>
    /// Its words, lower case, for matching descriptions ("ministry" in "Foreign Ministry").
    var words: [String]
}

/// Groups name mentions into entities: one per real-world thing, with every surface form as an alias.
///
/// Full names come first; then surnames ("Kerry", "Mr Kerry") join the person whose last name they are (the
/// one mentioned most recently when two share it), given names join the one person who has them, acronyms join
/// the name whose initials they spell ("FBI"), gazetteer short forms join their place ("U.S.", "United States"),
/// and longer forms of an organisation join the shorter one they end with ("UN Security Council").
/// The type is decided by the evidence of all the mentions together.
struct EntityBuilder {
    struct Result {
        var entities: [Entity]
        var info: [EntityInfo]
        /// For each mention, its entity (an index into `entities`), or -1 when it was dropped.
        var mentionEntity: [Int32]
    }

    /// Votes for each type of entity.
    struct Votes {
        private var person = 0, place = 0, organization = 0, other = 0

        subscript(type: EntityType) -> Int {
            get {
                switch type {
                case .person: return person
                case .place: return place
                case .organization: return organization
                case .other: return other
                }
            }
            set {
                switch type {
                case .person: person = newValue
                case .place: place = newValue
                case .organization: organization = newValue
                case .other: other = newValue
                }
            }
        }
    }

    struct Draft {
        var mentions: [Int32] = []
        /// Where its mentions start, in text order (each step adds mentions in text order).
        var starts: [Int32] = []
        var laterStarts: [Int32] = []
        /// `WordHash` of the key it was made under (its words joined by spaces, or "place:" and the place).
        var key: UInt64
        /// Its words (lower case, without dots), from its longest mention.
        private(set) var words: [String]
        /// Whether its first word is a known place.
        private(set) var firstIsPlace = false
        /// Whether every word after the first is an organisation word ("Analytics Inc").
        private(set) var restIsOrganization = false
        var votes = Votes()
        /// Mentions that are towns the gazetteer knows, with no other evidence (`NameMention.isTown`).
        var towns = 0
        var gender: Gender?
        var roles: Set<String> = []
        var origins: Set<String> = []
        /// The gazetteer place it names, and that place's name.
        var placeNumber: Int?
        var place: String?
        var strongEvidence = false

        init(key: UInt64, words: [String], place: Int?) {
            self.key = key
            self.words = []
            placeNumber = place
            self.place = place.map(Lexicon.placeName)
            setWords(words)
        }

        mutating func setWords(_ words: [String]) {
            self.words = words
            firstIsPlace = words.first.map { Lexicon.flags($0).contains(.curatedPlace) } ?? false
            restIsOrganization = words.dropFirst().allSatisfy(EntityBuilder.isOrganizationEnding)
        }
    }

    /// Lists of drafts by the hash of a word (or of a string of words).
    /// The lists live in two flat arrays, linked from first to last, so that adding a draft allocates nothing.
    private struct DraftIndex {
        /// For each hash, the first and last entry of its list.
        private var ends = WordTable<(first: Int32, last: Int32)>(capacity: 64)
        private var ids: [Int32] = []
        /// For each entry, the next entry of its list (-1 at the end).
        private var links: [Int32] = []

        /// The drafts of one list, in the order they were added.
        struct List: Sequence, IteratorProtocol {
            fileprivate let ids: [Int32]
            fileprivate let links: [Int32]
            fileprivate var at: Int32

            mutating func next() -> Int? {
                guard at >= 0 else { return nil }
                defer { at = links[Int(at)] }
                return Int(ids[Int(at)])
            }
        }

        subscript(_ key: String) -> List? { self[hash: EntityBuilder.nameHash(key)] }
        subscript(hash hash: UInt64) -> List? { ends[hash].map { List(ids: ids, links: links, at: $0.first) } }

        /// Adds draft `id` to the list of the word whose `nameHash` is `hash`.
        mutating func append(_ id: Int, hash: UInt64) {
            let entry = Int32(ids.count)
            ids.append(Int32(id))
            links.append(-1)
            if let (first, last) = ends[hash] {
                links[Int(last)] = entry
                ends[hash] = (first, entry)
            } else {
                ends[hash] = (entry, entry)
            }
        }
    }

    private let mentions: [NameMention]
    private let mentionEvidence: MentionEvidence
    let tokens: TokenList
    let text: SourceText
    let evidence: NameEvidence
    private var drafts: [Draft] = []
    /// Drafts by the hash of a name: its words joined by spaces ("john kerry"), an acronym, an expansion.
    private var byKey = WordTable<Int>(capacity: 256)
    private var byLastWord = DraftIndex()
    private var byFirstWord = DraftIndex()
    private var byInitials = DraftIndex()
    private var byMiddleWord = DraftIndex()
    /// For each mention, its draft or -1.
    private var assignment: [Int32]
    /// Rules of `NotAnEntityRule` left out (bit `rawValue`), for the tests that show what each rule does.
    private(set) var skippedRules: UInt32 = 0
    /// Whether the article reports a sport (three words of `Lex.sportsWord` or more): its cities may be teams.
    private var isSportsReport = false

    private init(_ mentions: [NameMention], _ mentionEvidence: MentionEvidence, tokens: TokenList, text: SourceText,
                 evidence: NameEvidence) {
        self.mentions = mentions
        self.mentionEvidence = mentionEvidence
        self.tokens = tokens
        self.text = text
        self.evidence = evidence
        assignment = [Int32](repeating: -1, count: mentions.count)
    }

    static func build(_ mentions: [NameMention], _ mentionEvidence: MentionEvidence, tokens: TokenList,
                      text: SourceText, evidence: NameEvidence, skipping skippedRules: UInt32 = 0) -> Result {
        var builder = EntityBuilder(mentions, mentionEvidence, tokens: tokens, text: text, evidence: evidence)
        builder.skippedRules = skippedRules
        builder.isSportsReport = tokens.words.count(where: .sportsWord) >= 3
        builder.mergeFullNames()
        builder.mergeInitialAndSurname()
        builder.mergeShortOrganizationNames()
        builder.mergeSingleWords()
        builder.mergeQualifiedOrganizationNames()
        builder.mergeNamesGivenAsOne()
        return builder.result()
    }

    // MARK: - Drafts

    /// The hash under which drafts are found by a name or word: `WordHash` of its bytes for ASCII, where equal
    /// strings are equal bytes; beyond ASCII, Swift's own string hash, under which canonically equivalent
    /// spellings ("Zoë" with a combining diaeresis or without) are equal, as the names themselves are.
    static func nameHash(_ s: String) -> UInt64 {
        var ascii = true, h = WordHash.empty
        for c in s.utf8 {
            if c >= 0x80 { ascii = false; break }
            h = WordHash.adding(c, to: h)
        }
        return ascii ? h : UInt64(UInt(bitPattern: s.hashValue))
    }

    /// `nameHash` of `words` joined by `separator` (with nothing between them when nil), without building the
    /// joined string when the words are ASCII.
    static func joinedNameHash(_ words: some Collection<String>, separator: UInt8?) -> UInt64 {
        var h = WordHash.empty, first = true
        for w in words {
            if !first, let separator { h = WordHash.adding(separator, to: h) }
            first = false
            for c in w.utf8 {
                if c >= 0x80 {
                    return nameHash(words.joined(separator: separator.map { String(UnicodeScalar($0)) } ?? ""))
                }
                h = WordHash.adding(c, to: h)
            }
        }
        return h
    }

    /// The number of words of a mention, and `nameHash` of its key (its words joined by spaces, or "place:" and
    /// the place for a gazetteer place), computed from its tokens without building strings when they are ASCII.
    private func nameKey(_ m: NameMention, asPlace: Bool = true) -> (words: Int, hash: UInt64) {
        var count = 0, h = WordHash.empty
        var ascii = !m.isPart
        if ascii {
            for k in m.tokens where tokens.kind(k) != .possessive {
                if !tokens.isASCII(k) { ascii = false; break }
                if count > 0 { h = WordHash.adding(0x20, to: h) }
                h = tokens.words.hash(h, appending: tokens[k].word, droppingDots: true)
                count += 1
            }
        }
        if !ascii {
            let words = m.words(tokens, text)
            count = words.count
            h = Self.nameHash(words.joined(separator: " "))
        }
        if asPlace, let place = m.place { h = Self.placeKey(place) }
        return (count, h)
    }

    /// The word without an Arabic article ("assad" for "al-assad"), nil when it has none.
    private static func withoutParticle(_ w: String) -> String? {
        guard w.containsByte(UInt8(ascii: "-")) else { return nil }
        for p in WordEndings.arabicPrefixes where w.hasPrefix(p) && w.count > p.count + 2 {
            return String(w.dropFirst(p.count))
        }
        return nil
    }

    /// The word without an Arabic article, or the word itself.
    private static func stripParticle(_ w: String) -> String { withoutParticle(w) ?? w }

    private static func initials(_ words: [String]) -> String {
        var ascii: [UInt8] = []
        var s = ""
        for w in words where !isParticleOrSkip(w) {
            var bytes = w.utf8.makeIterator()
            if let c = bytes.next(), c < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true {
                ascii.append(c)   // an ASCII first character, nothing combining with it
            } else if let c = w.first {
                s += String(decoding: ascii, as: UTF8.self)
                ascii.removeAll()
                s.append(c)
            }
        }
        return s + String(decoding: ascii, as: UTF8.self)
    }

    /// `nameHash(initials(words))`, without building the string when every initial is an ASCII byte with
    /// nothing combining with it.
    private static func initialsHash(_ words: [String]) -> UInt64 {
        var h = WordHash.empty
        for w in words where !isParticleOrSkip(w) {
            var bytes = w.utf8.makeIterator()
            guard let c = bytes.next(), c < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true else {
                return nameHash(initials(words))
            }
            h = WordHash.adding(c, to: h)
        }
        return h
    }

    /// Whether a word is a particle of names (`Lex.particle`) or one that initials skip ("of").
    private static func isParticleOrSkip(_ w: String) -> Bool {
        // Every such word is short: longer words are decided by their length alone.
        w.utf8.count <= 5 && !Lexicon.flags(w).isDisjoint(with: particleOrSkip)
    }

    private static var particleOrSkip: Lex { Lex(rawValue: Lex.particle.rawValue | Lex.initialSkip.rawValue) }

    /// A new draft for mention `m`, under `key`; `words` and their `nameHash`es when already made.
    private mutating func newDraft(_ m: NameMention, key: UInt64, words: [String]? = nil, hashes: [UInt64]? = nil) -> Int {
        let words = words ?? m.words(tokens, text)
        drafts.append(Draft(key: key, words: words, place: m.place))
        let id = drafts.count - 1
        byKey[key] = id
        if words.count >= 2 {
            let hashes = hashes ?? words.map(Self.nameHash)
            let stripped = Self.withoutParticle(words[words.count - 1])
            byLastWord.append(id, hash: stripped.map(Self.nameHash) ?? hashes[hashes.count - 1])
            if stripped != nil { byLastWord.append(id, hash: hashes[hashes.count - 1]) }
            byFirstWord.append(id, hash: hashes[0])
            for h in hashes.dropFirst().dropLast() { byMiddleWord.append(id, hash: h) }
            byInitials.append(id, hash: Self.initialsHash(words))
        }
        return id
    }

    /// Adds mention `index` to draft `id`. `asName`: it joins a person as a surname or given name, so that what
    /// the gazetteer says of the word alone ("Yamaguchi", a prefecture) does not count.
    private mutating func add(_ index: Int, to id: Int, asName: Bool = false) {
        var m = mentions[index]
        if asName && m.place != nil && m.hint == .place { m.hint = nil }
        let start = Int32(truncatingIfNeeded: m.range.start)
        assignment[index] = Int32(truncatingIfNeeded: id)
        drafts[id].mentions.append(Int32(truncatingIfNeeded: index))
        if drafts[id].starts.last.map({ $0 < start }) ?? true {
            drafts[id].starts.append(start)
        } else if drafts[id].laterStarts.last.map({ $0 < start }) ?? true {
            drafts[id].laterStarts.append(start)
        } else {
            var position = 0
            while position < drafts[id].laterStarts.count && drafts[id].laterStarts[position] <= start { position += 1 }
            drafts[id].laterStarts.insert(start, at: position)
        }
        if let hint = m.hint { drafts[id].votes[hint] += Int(m.hintStrength) * 2 }
        if m.isTown { drafts[id].towns += 1 }
        if m.hintStrength >= 2 { drafts[id].strongEvidence = true }
        if let g = m.gender, drafts[id].gender == nil { drafts[id].gender = g }
        if m.evidence >= 0 {
            drafts[id].roles.formUnion(mentionEvidence.roles(m))
            drafts[id].origins.formUnion(mentionEvidence.origins(m))
        }
        if drafts[id].place == nil && m.wordCount(tokens) > drafts[id].words.count {
            drafts[id].setWords(m.words(tokens, text))
        }
    }

    /// Moves every mention of draft `id` to draft `other`.
    private mutating func moveMentions(of id: Int, to other: Int) {
        let moved = drafts[id].mentions
        for index in moved { add(Int(index), to: other) }
        drafts[id].mentions = []
        byKey[drafts[id].key] = other
    }

    /// A draft with mentions and no vote for an organisation or a place: one a surname or given name may join.
    private func isPersonCandidate(_ id: Int) -> Bool {
        drafts[id].mentions.count > 0 && drafts[id].votes[.organization] == 0 && drafts[id].votes[.place] == 0
    }

    /// Of `ids` (those `include` accepts), the draft mentioned last before `offset` (the first of those tied).
    private func mentionedLast(_ ids: some Sequence<Int>, before offset: Int, where include: (Int) -> Bool) -> Int? {
        var best: Int?, bestStart = 0
        for id in ids where include(id) {
            let start = Self.lastMention(drafts[id], before: offset)
            if best == nil || start > bestStart { best = id; bestStart = start }
        }
        return best
    }

    // MARK: - Merging

    /// 1. Multi-word names and gazetteer places.
    private mutating func mergeFullNames() {
        for index in mentions.indices {
            let m = mentions[index]
            let (count, k) = nameKey(m)
            guard count >= 2 || m.place != nil else { continue }
            // One word that names a place of the generated gazetteer is decided with the single words, where a
            // person of that surname outweighs it ("Sakura Yamaguchi" and "Yamaguchi", a Japanese prefecture).
            if count == 1, let p = m.place, Lexicon.yieldsToSurname(p) { continue }
            if let id = byKey[k] { add(index, to: id); continue }
            let words = m.words(tokens, text)
            let hashes = words.map(Self.nameHash)
            // The same person with or without a middle name ("Hillary Rodham Clinton", "Hillary Clinton").
            if m.place == nil, m.hint != .organization, m.hint != .place,
               let same = byFirstWord[hash: hashes[0]]?.first(where: { drafts[$0].words.last == words.last
                   && drafts[$0].place == nil && drafts[$0].words.count >= 2 }) {
                add(index, to: same); byKey[k] = same; continue
            }
            // "bin Laden" after "Osama bin Laden"; "State of New Jersey" after "New Jersey".
            let stripped = Self.withoutParticle(words[words.count - 1])
            if m.hint != .organization, words.count <= 3,
               let full = byLastWord[hash: stripped.map(Self.nameHash) ?? hashes[hashes.count - 1]]?.first(where: {
                   drafts[$0].words.count > words.count && Array(drafts[$0].words.suffix(words.count)) == words }) {
                add(index, to: full); byKey[k] = full; continue
            }
            if words.count >= 3, Lexicon.flags(words[0]).contains(.stateOfWord), words[1] == "of",
               let inner = byKey[Self.nameHash(words.dropFirst(2).joined(separator: " "))]
                ?? Lexicon.placeNumber(words.dropFirst(2).joined(separator: " ")).flatMap({ byKey[Self.placeKey($0)] }) {
                add(index, to: inner); byKey[k] = inner; continue
            }
            add(index, to: newDraft(m, key: k, words: words, hashes: hashes))
        }
    }

    /// A shorter form that starts a longer organisation name ("Green Grocer", "Green Grocer Market").
    private mutating func mergeShortOrganizationNames() {
        for id in drafts.indices where drafts[id].words.count >= 2 && drafts[id].place == nil && !drafts[id].mentions.isEmpty {
            guard let others = byFirstWord[drafts[id].words[0]] else { continue }
            let words = drafts[id].words
            if let longer = others.first(where: { $0 != id && !drafts[$0].mentions.isEmpty && drafts[$0].words.count > words.count
                && Array(drafts[$0].words.prefix(words.count)) == words
                && drafts[$0].words.dropFirst(words.count).allSatisfy(Self.isOrganizationEnding) }) {
                moveMentions(of: id, to: longer)
            }
        }
    }

    /// 2. Single words: surnames, given names, acronyms, or names of their own.
    private mutating func mergeSingleWords() {
        var byCompact = WordTable<Int>(capacity: drafts.count)
        // The beginnings of given names ("rafa" of "rafael"), for short forms: the draft, or -1 when several share one.
        var byGivenNameStart = WordTable<Int>(capacity: drafts.count)
        for id in drafts.indices where drafts[id].words.count >= 2 && !drafts[id].mentions.isEmpty {
            byCompact[Self.joinedNameHash(drafts[id].words, separator: nil)] = id
            guard drafts[id].place == nil && isPersonCandidate(id) && !drafts[id].firstIsPlace else { continue }
            let given = Array(drafts[id].words[0].utf8)
            guard given.count > 3, given.allSatisfy({ $0 < 0x80 }) else { continue }
            var h = WordHash.empty
            for (i, c) in given.enumerated() where i < given.count - 1 {
                h = WordHash.adding(c, to: h)
                guard i >= 2 else { continue }
                if let other = byGivenNameStart[h], other != id { byGivenNameStart[h] = -1 } else { byGivenNameStart[h] = id }
            }
        }
        for index in mentions.indices where assignment[index] < 0 {
            let m = mentions[index]
            let (count, key) = nameKey(m)
            guard count == 1 else { continue }
            if let id = byKey[key] { add(index, to: id); continue }
            // The word itself, for a place that a surname may outweigh (its key is the place's).
            let w = m.place == nil ? key : nameKey(m, asPlace: false).hash
            // "NorthWind" for "North Wind".
            if let id = byCompact[w] { add(index, to: id); byKey[w] = id; continue }
            let token = tokens[m.tokens.lowerBound]
            // An acronym defined beside its name: "Women’s Protection Units (YPJ)", "SEC (Securities and Exchange
            // Commission)".
            if token.isAllCaps, let id = nameBesideInParentheses(index) {
                add(index, to: id); byKey[w] = id; continue
            }
            // An acronym: the initials of a longer name in the article, or a well-known expansion.
            let dots = tokens.words.withKeyBytes(token.word) { key in key.reduce(0) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) } }
            if token.isAllCaps || dots >= 2 {
                if let ids = byInitials[hash: w], let id = ids.first(where: { drafts[$0].mentions.count > 0 }) {
                    add(index, to: id); byKey[w] = id; continue
                }
            }
            if let expansion = Lexicon.acronymExpansion(hash: token.hash) ?? Lexicon.acronymExpansion(hash: w) {
                // The expansion's entity, or a new one under its name that later short forms join ("Tories",
                // "Conservative").
                let key = Self.nameHash(expansion.lowercased())
                let id = byKey[key] ?? newDraft(m, key: w)
                byKey[key] = id
                byKey[w] = id
                add(index, to: id)
                continue
            }
            // The first word of an organisation's name: "Barlow’s" for "Barlow’s Analytics Inc.".
            if let ids = byFirstWord[hash: w] {
                var found: Int?, matches = 0
                for id in ids where drafts[id].mentions.count > 0 && drafts[id].place == nil && drafts[id].restIsOrganization {
                    if found == nil { found = id }
                    matches += 1
                }
                if let found, matches == 1 { add(index, to: found); byKey[w] = found; continue }
            }
            // (A town is weak evidence: a person of that surname outweighs it, as "Obama" or "Warren".)
            if m.hint != .place && !(m.hint == .organization && m.hintStrength >= 2)
                || m.place.map(Lexicon.yieldsToSurname) == true {
                // A surname: the person of that last name mentioned most recently (or first, if none before).
                if let ids = byLastWord[hash: w], let first = ids.first(where: { isSurnameCandidate($0) }) {
                    let id = mentionedLast(ids, before: m.range.start, where: {
                        isSurnameCandidate($0) && mentions[Int(drafts[$0].mentions[0])].range.start < m.range.start
                    }) ?? first
                    add(index, to: id, asName: true); continue
                }
                // A given name used alone: the one person who has it.
                if let ids = byFirstWord[hash: w] {
                    var first: Int?, matches = 0
                    for id in ids where isPersonCandidate(id) && drafts[id].place == nil {
                        if first == nil { first = id }
                        matches += 1
                    }
                    if let first, matches == 1 || Lexicon.flags(m.words(tokens, text)[0]).contains(.firstName) {
                        // Shared by two people: the one mentioned last.
                        let id = mentionedLast(ids, before: m.range.start, where: {
                            isPersonCandidate($0) && drafts[$0].place == nil
                        }) ?? first
                        add(index, to: id, asName: true); continue
                    }
                }
                // A short form of a given name: "Rafa" for "Rafael Benitez", "Chris" for "Christina Lowe".
                if let id = byGivenNameStart[w], id >= 0, isPersonCandidate(id), Self.isShortGivenName(m.words(tokens, text)[0]) {
                    add(index, to: id, asName: true); continue
                }
                // A middle word of a longer name: "Ruiz" in "Ana Ruiz Vidal".
                if let ids = byMiddleWord[hash: w] {
                    let word = m.words(tokens, text)[0]
                    if let id = ids.first(where: { isPersonCandidate($0) && drafts[$0].words.count >= 3
                        && drafts[$0].place == nil && drafts[$0].words.dropFirst().dropLast().contains(word) }) {
                        add(index, to: id, asName: true); continue
                    }
                }
            }
            // One member and the many: "Democrat" and "Democrats", "Republican" and "Republicans" (not words of
            // people's names: "William" and "Williams" are two people).
            if m.place == nil, let id = pluralOrSingular(m) {
                add(index, to: id); byKey[key] = id; continue
            }
            let id = newDraft(m, key: key)
            add(index, to: id)
        }
    }

    /// The draft of one word that is mention `m`'s word with or without a final "s", when neither is a given
    /// name or surname.
    private func pluralOrSingular(_ m: NameMention) -> Int? {
        let word = m.words(tokens, text)[0]
        guard word.utf8.count >= 4, Lexicon.flags(word).isDisjoint(with: Self.personalName) else { return nil }
        let other = word.hasSuffix("s") ? String(word.dropLast()) : word + "s"
        guard let id = byKey[Self.nameHash(other)], drafts[id].words.count == 1, drafts[id].place == nil,
              !drafts[id].mentions.isEmpty, Lexicon.flags(other).isDisjoint(with: Self.personalName) else { return nil }
        return id
    }

    /// The draft of the name of several words written right before mention `index` with it in parentheses
    /// ("Kurdistan Workers’ Party (PKK)"), or right after it in parentheses ("PKK (Kurdistan Workers’ Party)").
    private func nameBesideInParentheses(_ index: Int) -> Int? {
        let m = mentions[index]
        let first = m.tokens.lowerBound, next = m.tokens.upperBound
        if first >= 2, tokens[first - 1].isPunctuation("("), next < tokens.count, tokens[next].isPunctuation(")"),
           index > 0, mentions[index - 1].tokens.upperBound == first - 1, mentions[index - 1].wordCount(tokens) >= 2 {
            let id = Int(assignment[index - 1])
            if id >= 0 { return id }
        }
        if next + 1 < tokens.count, tokens[next].isPunctuation("("), index + 1 < mentions.count,
           mentions[index + 1].tokens.lowerBound == next + 1, mentions[index + 1].wordCount(tokens) >= 2 {
            let id = Int(assignment[index + 1])
            if id >= 0 { return id }
        }
        return nil
    }

    /// Whether `word` may be a short form of a given name: four letters or more, or a given name of three.
    private static func isShortGivenName(_ word: String) -> Bool {
        let n = word.utf8.count
        return n >= 4 || n == 3 && Lexicon.flags(word).contains(.givenName)
    }

    /// 1b. An initial and a surname join the one person whose given name starts with that initial and who has that
    /// surname ("T. Brandt", "T Brandt" and "Tomas Brandt"), whichever comes first.
    private mutating func mergeInitialAndSurname() {
        for id in drafts.indices where drafts[id].words.count == 2 && drafts[id].place == nil && !drafts[id].mentions.isEmpty {
            let words = drafts[id].words
            guard words[0].count == 1, let ids = byLastWord[words[1]] else { continue }
            var found: Int?, matches = 0
            for other in ids where other != id && !drafts[other].mentions.isEmpty && drafts[other].place == nil
                && drafts[other].words.count >= 2 && drafts[other].words[0].count > 1
                && drafts[other].words[0].hasPrefix(words[0]) && drafts[other].words.last == words[1] {
                found = found ?? other
                matches += 1
            }
            if let found, matches == 1 { moveMentions(of: id, to: found) }
        }
    }

    /// 4. Names the article gives as one: "Bradley Manning, now known as Chelsea Manning", "Ana Ruiz (born Ana
    /// Vidal)", "Mo Farah, formerly Hussein Abdi Kahin".
    private mutating func mergeNamesGivenAsOne() {
        guard mentions.count >= 2 else { return }
        for i in 0..<(mentions.count - 1) {
            let a = Int(assignment[i]), b = Int(assignment[i + 1])
            guard a >= 0, b >= 0, a != b, drafts[a].place == nil, drafts[b].place == nil,
                  isSameNameLink(mentions[i].tokens.upperBound, mentions[i + 1].tokens.lowerBound) else { continue }
            moveMentions(of: b, to: a)
        }
    }

    /// Whether the tokens `from..<to` say that the names on either side are one: "now known as", "formerly",
    /// "born", "née", "aka", between commas, dashes or in parentheses.
    private func isSameNameLink(_ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 6 else { return false }
        // Most names close together are joined by "and" or a comma: look for a link word before building keys.
        guard (from..<to).contains(where: { tokens[$0].kind == .word && Self.sameNameLinkWords.contains(tokens[$0].hash) })
        else { return false }
        var words: [String] = []
        for k in from..<to {
            if tokens[k].kind == .word { words.append(tokens.key(k)); continue }
            guard tokens[k].kind == .punctuation, [",", "(", "-", "—", "–"].contains(tokens[k].character) else { return false }
        }
        switch words {
        case ["now", "known", "as"], ["then", "known", "as"], ["formerly", "known", "as"], ["also", "known", "as"],
             ["better", "known", "as"],
             ["known", "as"], ["now"], ["formerly"], ["born"], ["née"], ["nee"], ["aka"], ["a.k.a."]:
            return true
        default:
            return false
        }
    }

    /// A person a surname may name: not one whose name starts with a place.
    private func isSurnameCandidate(_ id: Int) -> Bool { isPersonCandidate(id) && !drafts[id].firstIsPlace }

    /// 3. Longer organisation forms that end with a shorter one ("UN Security Council", "Security Council").
    private mutating func mergeQualifiedOrganizationNames() {
        for id in drafts.indices where drafts[id].words.count >= 2 && drafts[id].place == nil {
            let words = drafts[id].words
            for cut in 1..<max(1, words.count - (words.count >= 3 ? 1 : 0)) {
                guard let other = byKey[Self.joinedNameHash(words[cut...], separator: 0x20)], other != id,
                      drafts[other].mentions.count > 0 else { continue }
                let tail = words[cut...].joined(separator: " ")
                let head = Array(words[..<cut])
                let headIsQualifier = head.allSatisfy { Lexicon.flags($0).contains(.place) || $0.count <= 4 && $0 == $0.lowercased()
                    || !Lexicon.flags($0).isDisjoint(with: [.acronym, .qualifierWord]) }
                if headIsQualifier && (Lexicon.flags(words.last!).contains(.organizationWord)
                                       || Lexicon.flags(tail).contains(.knownName)) {
                    moveMentions(of: id, to: other)
                    break
                }
            }
        }
    }

    // MARK: - Entities

    /// 4. and 5. Context votes, then types, names and aliases; what has no support is dropped.
    private func result() -> Result {
        // Context: words around the mentions vote for a type (used where the names themselves say nothing).
        var contextVotes = [Votes](repeating: Votes(), count: drafts.count)
        // Appositives that call a name a company ("Tejo Terminais, a subsidiary of ..."), counted apart: they
        // decide the type of a name of several words, which the other context words do not.
        var organizationAppositives = [Int](repeating: 0, count: drafts.count)
        for id in drafts.indices where !drafts[id].mentions.isEmpty {
            for index in drafts[id].mentions {
                switch ContextRule.vote(mentions[Int(index)], tokens) {
                case nil: break
                case .other?:
                    contextVotes[id][.place] += 1
                    contextVotes[id][.organization] += 1
                case let vote?: contextVotes[id][vote] += 1
                }
                if Self.hasOrganizationAppositive(mentions[Int(index)], tokens) { organizationAppositives[id] += 1 }
            }
        }
        var entities: [Entity] = []
        var info: [EntityInfo] = []
        entities.reserveCapacity(drafts.count)
        info.reserveCapacity(drafts.count)
        var draftEntity = [Int32](repeating: -1, count: drafts.count)
        var surface: [UInt8] = []
        for id in drafts.indices where !drafts[id].mentions.isEmpty {
            let ms = drafts[id].mentions.map { mentions[Int($0)] }
            guard let (entity, entityInfo) = makeEntity(drafts[id], ms, contextVotes[id],
                                                        organizationAppositives: organizationAppositives[id],
                                                        scratch: &surface) else { continue }
            draftEntity[id] = Int32(entities.count)
            entities.append(entity)
            info.append(entityInfo)
        }
        let mentionEntity = assignment.map { $0 >= 0 ? draftEntity[Int($0)] : -1 }
        return Result(entities: entities, info: info, mentionEntity: mentionEntity)
    }

    /// The entity of draft `d` with mentions `ms` and context votes `context`, or nil when the draft is not one
    /// to list. (`scratch` is a buffer for the surface forms of mentions.)
    private func makeEntity(_ d: Draft, _ ms: [NameMention], _ context: Votes, organizationAppositives: Int,
                            scratch surface: inout [UInt8]) -> (Entity, EntityInfo)? {
        // The word-list bits of its words, looked up once.
        let lex = d.words.map(Lexicon.flags)
        if notAnEntity(d, ms, lex, context) != nil { return nil }
        var type = Self.decideType(d, lex, evidence, context, organizationAppositives: organizationAppositives)
        // A team named after its town: in a report of a sport, a city with an organisation's context ("Liverpool
        // fans", "joined Leeds") more than a place's.
        if type == .place && isSportsReport, let p = d.placeNumber, Lexicon.placeKind(p) == .city,
           context[.organization] > context[.place] {
            type = .organization
        }
        var aliases = AliasList()
        for m in ms where !(m.inHeadline && tokens[m.tokens.lowerBound].isAllCaps && ms.count > 1) {
            aliases.add(m, tokens, text, scratch: &surface)
        }
        var names = aliases.takeNames()
        if names.isEmpty { names = [ms[0].surface(tokens, text)] }
        // The longest form names the entity; of forms as long, one written in mixed case ("Manaus" rather than
        // the dateline's "MANAUS").
        if names.count > 1 {
            names.sort { a, b in
                let wa = Self.wordCount(a), wb = Self.wordCount(b)
                if wa != wb { return wa > wb }
                let capsA = Self.isAllCapitals(a), capsB = Self.isAllCapitals(b)
                if capsA != capsB { return capsB }
                return Self.characterCount(a) > Self.characterCount(b)
            }
        }
        var name = names[0]
        if type != .person, let acronymFree = names.first(where: Self.containsSpace) { name = acronymFree }
        // A place seen only in capitals (a dateline, "LISBON —") takes the gazetteer's spelling.
        if let place = d.place, Self.isAllCapitals(name), name.lowercased() == place.lowercased() { name = place }
        var gender = d.gender
        if gender == nil && type == .person && d.words.count >= 2 {
            gender = Lexicon.gender(lex[0])
        }
        var ranges = ms.map(\.range)
        if ranges.count > 1 { ranges.sort() }
        return (Entity(name: name, type: type, aliases: names, mentions: ranges),
                EntityInfo(type: type, gender: gender, roles: d.roles, origins: d.origins, words: d.words))
    }

    /// Whether a name has letters and none of them in lower case ("MANAUS", "IAWO").
    private static func isAllCapitals(_ name: String) -> Bool {
        var letters = false
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters = true
        }
        return letters
    }

    /// Word lists that make a single word an everyday word rather than a name, without other evidence.
    static var everydayNameWords: Lex { Lex(rawValue: Lex.organizationWord.rawValue | Lex.placeWord.rawValue | Lex.titleWord.rawValue) }

    /// The distinct surface forms of an entity's mentions, in the order first seen; compared by hash and then
    /// by bytes, so that a string is built only for a form not seen before.
    private struct AliasList {
        private(set) var names: [String] = []
        private var hashes: [UInt64] = []
        /// By hash, once there are many forms (most entities have one to three).
        private var byHash: WordTable<Int>?

        /// Adds the surface form of `m` if new; `scratch` holds its bytes meanwhile (one buffer for all).
        mutating func add(_ m: NameMention, _ tokens: TokenList, _ text: SourceText, scratch surface: inout [UInt8]) {
            surface.removeAll(keepingCapacity: true)
            m.forEachSurfaceByte(tokens, text) { surface.append($0) }
            var h = WordHash.empty
            for c in surface { h = WordHash.adding(c, to: h) }
            if let byHash {
                if let i = byHash[h], Self.hasBytes(names[i], surface) { return }
            }
            if byHash == nil || byHash?[h] != nil {
                for i in names.indices where hashes[i] == h && Self.hasBytes(names[i], surface) { return }
            }
            let name = String(decoding: surface, as: UTF8.self)
            // Strings are equal when canonically equivalent ("Zoë" written with a combining mark or without):
            // beyond ASCII, different bytes may still be the same name.
            let nonASCII = surface.contains { $0 >= 0x80 }
            if (nonASCII || anyNonASCII) && names.contains(name) { return }
            anyNonASCII = anyNonASCII || nonASCII
            if byHash == nil && names.count >= 8 {
                var table = WordTable<Int>(capacity: 32)
                for i in names.indices where table[hashes[i]] == nil { table[hashes[i]] = i }
                byHash = table
            }
            if byHash?[h] == nil { byHash?[h] = names.count }
            names.append(name)
            hashes.append(h)
        }

        /// Whether a form holds a byte that is not ASCII.
        private var anyNonASCII = false

        /// Whether the UTF-8 bytes of `name` are `bytes` (compared as one block of memory).
        private static func hasBytes(_ name: String, _ bytes: [UInt8]) -> Bool {
            guard name.utf8.count == bytes.count else { return false }
            return name.utf8.withContiguousStorageIfAvailable { own in
                bytes.withUnsafeBufferPointer { own.elementsEqual($0) }
            } ?? name.utf8.elementsEqual(bytes)
        }

        /// The forms, leaving the list empty (so that the caller may sort them without copying them).
        mutating func takeNames() -> [String] {
            var taken: [String] = []
            swap(&taken, &names)
            return taken
        }
    }

    /// The start of the draft's last mention before `offset` (-1 if none), by binary search.
    private static func lastMention(_ d: Draft, before offset: Int) -> Int {
        func search(_ a: [Int32]) -> Int {
            var low = 0, high = a.count
            while low < high {
                let mid = (low + high) / 2
                if Int(a[mid]) < offset { low = mid + 1 } else { high = mid }
            }
            return low > 0 ? Int(a[low - 1]) : -1
        }
        return max(search(d.starts), search(d.laterStarts))
    }

    /// Whether a name has a space (`contains(" ")`, on bytes for ASCII, where a space is always a character).
    private static func containsSpace(_ name: String) -> Bool {
        for c in name.utf8 where c >= 0x80 { return name.contains(" ") }
        return name.utf8.contains(0x20)
    }

    /// The number of words of a name separated by spaces (`split(separator: " ").count`, on bytes for ASCII).
    private static func wordCount(_ name: String) -> Int {
        var words = 0, inWord = false
        for c in name.utf8 {
            if c >= 0x80 { return name.split(separator: " ").count }
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words
    }

    /// The number of characters of a name (`count`, on bytes for ASCII, where each is one but CR LF).
    private static func characterCount(_ name: String) -> Int {
        var n = 0, previous: UInt8 = 0
        for c in name.utf8 {
            if c >= 0x80 { return name.count }
            if !(c == 0x0A && previous == 0x0D) { n += 1 }
            previous = c
        }
        return n
    }

    /// A word that may end an organisation's name after its first word ("Analytics", "Inc").
    static func isOrganizationEnding(_ word: String) -> Bool {
        if Lexicon.flags(word).contains(.organizationWord) { return true }
        let n = word.utf8.count
        return n == 3 && word == "inc" || n == 4 && word == "corp"
    }

    /// The key of the drafts of gazetteer place `number`, so that every name of a place ("U.S.", "America") makes
    /// one entity: the `WordHash` of "place:" and the number's four bytes (no name hashes to it).
    static func placeKey(_ number: Int) -> UInt64 {
        var h = placeKeyPrefix
        for shift in stride(from: 0, to: 32, by: 8) { h = WordHash.adding(UInt8(truncatingIfNeeded: number >> shift), to: h) }
        return h
    }

    private static let placeKeyPrefix = WordHash.of("place:")

    /// The type of draft `d`, whose words have word-list bits `lex`.
    private static func decideType(_ d: Draft, _ lex: [Lex], _ evidence: NameEvidence, _ context: Votes,
                                   organizationAppositives: Int) -> EntityType {
        var best: EntityType?
        var bestVotes = 0
        for type in [EntityType.person, .organization, .place, .other] {
            let v = d.votes[type]
            if v > bestVotes { best = type; bestVotes = v }
        }
        if let best { return best }
        guard d.words.count >= 2 else {
            // A town the gazetteer knows counts as one more word of context for a place.
            let p = context[.place] + (d.towns > 0 ? 1 : 0), o = context[.organization]
            var h = context[.person]
            // A given name or surname alone leans to a person ("Hillary", "Romero"), as one more word of context:
            // a place or an organisation around it outweighs it ("at Yale", "Disney, which").
            if !lex[0].isDisjoint(with: Self.personalName) && !lex[0].contains(.commonWord) { h += 1 }
            if h > p && h > o { return .person }
            if p > o { return .place }
            return .organization
        }
        // Several capitalised words with no other evidence: a person, unless some of them are everyday words
        // ("Cold War"), a place starts it ("Boston Marathon") or connectors join it.
        let words = d.words
        if words.contains(where: { Lexicon.flags($0).contains(.connectorWord) }) { return .organization }
        // Names with everyday words are organisations, events or works, not people ("Silver Line", "Cold War").
        // Particles ("de", "van") are written in lower case but belong to people's names ("Femke de Wit").
        if words.contains(where: { evidence.isSeenLowercase($0) && !Lexicon.flags($0).contains(.particle) })
            && !lex[0].contains(.firstName) {
            return .organization
        }
        // "Manchester United", "Air France", "Statistics Canada", "BBC One": a place or a known organisation in
        // a longer name makes an organisation.
        if lex[0].contains(.curatedPlace) || lex[words.count - 1].contains(.curatedPlace)
            || lex[0].contains(.knownName) {
            return .organization
        }

        // "Tejo Terminais, a subsidiary of ...": what the article calls it outweighs the look of the words.
        if organizationAppositives > 0 { return .organization }
        // A common word last that is no one's name, after a first word that is no given name: "Demand Progress",
        // "Stack Overflow", "Velta Data" name bodies, not people. Not a name the article treats as a person's
        // ("Wit said"), with a particle ("Femke de Wit") or a first word from beyond English ("Jóhanna Dam").
        let lastLex = lex[words.count - 1]
        if lastLex.contains(.commonWord) && lastLex.isDisjoint(with: Self.personalName) && !lex[0].contains(.firstName)
            && context[.person] == 0 && !lex.contains(where: { $0.contains(.particle) })
            && words[0].utf8.allSatisfy({ $0 < 0x80 }) {
            return .organization
        }
        return .person
    }

    /// A word with the ending of a demonym used only before a noun: "Faroese fishermen", "Amazonian nations",
    /// "Indigenous leaders" (not a name, though the demonym list does not hold it).
    static func isAdjectiveOfOrigin(_ word: String, _ ms: [NameMention], _ tokens: TokenList) -> Bool {
        guard word.utf8.count > 5, WordEndings.demonymLike.contains(where: { word.hasSuffix($0) }) else { return false }
        let people = word.hasSuffix("ese") || word.hasSuffix("ish")
        return ms.allSatisfy { m in
            let first = m.tokens.lowerBound, next = m.tokens.upperBound
            if first > 0 && tokens[first - 1].kind == .word {
                // The people ("the Faroese say") or the language ("written in Faroese").
                if people && tokens[first - 1].hash == theHash { return true }
                if tokens.keyLex(first - 1).contains(.languagePreposition) && !tokens[first - 1].isCapitalized { return true }
            }
            guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
            return tokens.keyLex(next).isDisjoint(with: [.personFollower, .clauseVerb, .nameFollower])
        }
    }

    static let theHash = WordHash.of("the")
    /// The words that start a link between two names of one person ("now known as", "born", "née", "aka").
    static let sameNameLinkWords: Set<UInt64> = Set(["known", "formerly", "born", "née", "nee", "aka", "a.k.a.", "now"].map(WordHash.of))
    /// A given name or a surname.
    static var personalName: Lex { Lex(rawValue: Lex.givenName.rawValue | Lex.surname.rawValue | Lex.firstName.rawValue) }


    /// Whether the name is followed by an appositive that calls it a company or a body: ", a subsidiary of",
    /// ", the state-owned operator", ", an Oslo-based charity".
    private static func hasOrganizationAppositive(_ m: NameMention, _ tokens: TokenList) -> Bool {
        var k = m.tokens.upperBound
        guard k + 2 < tokens.count, tokens[k].isPunctuation(","), tokens[k + 1].kind == .word,
              tokens.keyLex(k + 1).contains(.article) else { return false }
        k += 2
        // Up to three words before the noun ("the country's largest private", "a Dutch").
        let limit = min(tokens.count, k + 4)
        while k < limit {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .possessive else { return false }
            if t.kind == .word && tokens.keyLex(k).contains(.organizationAppositive) { return true }
            k += 1
        }
        return false
    }




    /// Whether a determiner or a possessive stands up to three words before token `k` ("the film", "his 1995
    /// novel", "Disney’s animated film"): a noun introducing a title, not a verb ("storms hit Pellworth").
    static func followsADeterminer(_ k: Int, _ tokens: TokenList) -> Bool {
        var j = k - 1
        while j >= 0 && k - j <= 3 {
            let t = tokens[j]
            if t.kind == .possessive || t.kind == .word && tokens.keyLex(j).contains(.determiner) { return true }
            guard t.kind == .word || t.kind == .number else { return false }
            j -= 1
        }
        return false
    }

    static func isEventOrWork(_ d: Draft, _ ms: [NameMention], _ tokens: TokenList) -> Bool {
        if d.place != nil || d.strongEvidence && d.votes[.person] > 0 { return false }
        if d.words.count >= 2, let last = d.words.last, Lexicon.flags(last).contains(.eventWord) { return true }
        for m in ms {
            let first = m.tokens.lowerBound
            if first > 0 && tokens[first - 1].kind == .word && tokens.keyLex(first - 1).contains(.workNoun)
                && Self.followsADeterminer(first - 1, tokens) { return true }
        }
        return ms.allSatisfy { m in
            let next = m.tokens.upperBound
            return next < tokens.count && tokens[next].kind == .number && tokens[next].range.start == m.range.end + 1
        }
    }
}
